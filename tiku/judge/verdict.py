"""Verdicts and the results the judge reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    AC = "AC"  # accepted
    WA = "WA"  # wrong answer
    TLE = "TLE"  # time limit exceeded (CPU time, or wall time as a backstop)
    MLE = "MLE"  # memory limit exceeded (peak)
    RTE = "RTE"  # run-time error: non-zero exit, a signal, an uncaught exception
    OLE = "OLE"  # output limit exceeded
    CE = "CE"  # compilation error
    JE = "JE"  # judge error: a fault of the judge or the package, never the submission's

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong answer",
    Verdict.TLE: "Time limit exceeded",
    Verdict.MLE: "Memory limit exceeded",
    Verdict.RTE: "Run-time error",
    Verdict.OLE: "Output limit exceeded",
    Verdict.CE: "Compilation error",
    Verdict.JE: "Judge error",
}

# The verdict of a whole submission is that of its first failing test; when several tests are run
# (``--all``) the first failure in test order decides.


@dataclass(frozen=True)
class TestResult:
    name: str
    verdict: Verdict
    time_s: float
    wall_s: float
    memory_kib: int
    message: str = ""
    output_preview: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        data["time_s"] = round(self.time_s, 4)
        data["wall_s"] = round(self.wall_s, 4)
        del data["output_preview"]
        return data


@dataclass
class JudgeResult:
    verdict: Verdict
    tests: list[TestResult] = field(default_factory=list)
    compile_output: str = ""
    message: str = ""

    @property
    def time_s(self) -> float:
        return max((t.time_s for t in self.tests), default=0.0)

    @property
    def memory_kib(self) -> int:
        return max((t.memory_kib for t in self.tests), default=0)

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value,
            "time_s": round(self.time_s, 4),
            "memory_kib": self.memory_kib,
            "tests": [t.to_json() for t in self.tests],
            "compile_output": self.compile_output,
            "message": self.message,
        }
