"""The randomized cross-check: an independent solution against the reference, on random inputs.

A reference can be wrong in a way its own tests share: the tests' answers come from it. A second
solution, written from the statement alone by someone who has not seen the reference, is compared
with it on many small random inputs, so a misreading shows up as a disagreement:

- ``generators/random_inputs.py`` reads ``SEED COUNT`` on standard input and prints COUNT JSON lines
  ``{"input": "<the exact input text>"}``: small inputs within the statement's constraints, the
  same for the same seed;
- ``submissions/accepted/independent.*`` is the independent solution (it is also judged on every
  test by ``verify``, like any accepted submission).

The reference answers every input in the sandbox (as for the hidden tests), then the independent
solution is judged against those answers with the package's own checker, so a problem with many
right answers is compared by its output validator, not byte for byte.

Where answers are judged against a hidden ground truth rather than against the reference (a
classifier scored on the true labels), the generator knows that truth: each line then also carries
``"answer"``, the text of the ``.ans`` file its output validator reads. Then the reference and the
independent solution are both judged against it, and they disagree where exactly one of them
passes; an input both fail is beyond what the statement promises (a draw too hard to learn), and
is counted apart.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tiku.bank.generate import (
    INDEPENDENT_STEM,
    GeneratedTest,
    produce_answers,
    reference_path,
    run_python_tool,
)
from tiku.bank.package import ProblemPackage, TestCase
from tiku.errors import PackageError
from tiku.judge.engine import Judge
from tiku.judge.verdict import JudgeResult, Verdict

RANDOM_GENERATOR = Path("generators") / "random_inputs.py"
# What a report quotes of one input or output: the inputs are small, but not unboundedly so.
QUOTE_CHARS = 2000


def random_generator_path(package: ProblemPackage) -> Path | None:
    path = package.path / RANDOM_GENERATOR
    return path if path.is_file() else None


def independent_path(package: ProblemPackage) -> Path | None:
    """``submissions/accepted/independent.<ext>`` (the first by name if there are several)."""
    found = sorted(
        s.path
        for s in package.submissions
        if s.folder == "accepted" and s.path.stem == INDEPENDENT_STEM
    )
    return found[0] if found else None


@dataclass(frozen=True)
class Disagreement:
    """One random input on which the independent solution did not match the reference."""

    name: str
    input: str
    expected: str
    verdict: str
    message: str
    output: str = ""  # what the independent solution printed (stdio problems: its answer)

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "input": self.input,
            "expected": self.expected,
            "output": self.output,
            "verdict": self.verdict,
            "message": self.message,
        }


@dataclass
class CrossCheckReport:
    problem: str
    independent: str
    seed: int
    inputs: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)
    both_failed: int = 0  # ground-truth inputs that neither solution passed

    @property
    def ok(self) -> bool:
        return self.inputs > 0 and not self.disagreements

    def to_json(self) -> dict[str, Any]:
        return {
            "problem": self.problem,
            "independent": self.independent,
            "seed": self.seed,
            "inputs": self.inputs,
            "ok": self.ok,
            "both_failed": self.both_failed,
            "disagreements": [d.to_json() for d in self.disagreements],
        }

    def findings(self) -> list[str]:
        """One line per disagreement, for ``bank check``."""
        if self.inputs == 0:
            return [f"{RANDOM_GENERATOR}: printed no input (seed {self.seed})"]
        return [
            f"cross-check (seed {self.seed}): {self.independent} disagrees with the reference on "
            f"{d.name}: {d.verdict} {d.message}\n      input: {d.input.strip()!r}\n"
            f"      reference: {d.expected.strip()!r}"
            for d in self.disagreements
        ]


def random_inputs(
    judge: Judge, package: ProblemPackage, seed: int, count: int
) -> list[GeneratedTest]:
    """``count`` tests from ``generators/random_inputs.py`` for ``seed``, named ``r<seed>-<n>``;
    their answers are empty unless the generator gives them (then every line must)."""
    generator = random_generator_path(package)
    if generator is None:
        raise PackageError(f"{package.id}: no {RANDOM_GENERATOR}")
    items = run_python_tool(judge, package, generator, f"{seed} {count}\n".encode())
    if len(items) != count:
        raise PackageError(
            f"{package.id}: {RANDOM_GENERATOR} printed {len(items)} inputs, {count} were asked for"
        )
    with_answers = sum("answer" in item for _, item in items)
    if with_answers not in (0, len(items)):
        raise PackageError(f"{package.id}: {RANDOM_GENERATOR}: some lines have an answer, not all")
    return [
        GeneratedTest(
            f"r{seed}-{n}",
            str(item["input"]).encode("utf-8"),
            str(item.get("answer", "")).encode("utf-8"),
        )
        for n, item in items
    ]


def cross_check(judge: Judge, package: ProblemPackage, seed: int, count: int) -> CrossCheckReport:
    """Judge the independent solution against the reference's answers on ``count`` random inputs
    (or both against the generator's answers, when it gives them). Raises ``PackageError`` when a
    piece is missing or the reference itself fails on an input."""
    independent = independent_path(package)
    if independent is None:
        raise PackageError(f"{package.id}: no submissions/accepted/{INDEPENDENT_STEM}.*")
    report = CrossCheckReport(package.id, f"accepted/{independent.name}", seed)
    tests = random_inputs(judge, package, seed, count)
    given = bool(tests) and all(t.answer for t in tests)
    judged = [independent]
    if given:
        judged.insert(0, reference_path(package))
    else:
        tests = produce_answers(judge, package, [(t.name, t.input) for t in tests])
    report.inputs = len(tests)
    with tempfile.TemporaryDirectory(prefix="tiku-cross-") as tmp:
        cases: list[TestCase] = []
        for test in tests:
            input_path, answer_path = Path(tmp, f"{test.name}.in"), Path(tmp, f"{test.name}.ans")
            input_path.write_bytes(test.input)
            answer_path.write_bytes(test.answer)
            # Marked as samples: these are not secret, and a report should quote the answers.
            cases.append(TestCase(test.name, input_path, answer_path, sample=True))
        found: list[list[Disagreement]] = []
        for source in judged:
            language = judge.languages.for_file(source)
            result = judge.judge(
                package, source.read_text("utf-8"), language, run_all=True, tests=cases
            )
            found.append(_disagreements(result, {c.name: c for c in cases}))
    if not given:
        report.disagreements = found[0]
        return report
    # Both judged against the truth: they disagree where exactly one of them missed it.
    missed = [{d.name: d for d in misses} for misses in found]
    both = missed[0].keys() & missed[1].keys()
    report.both_failed = len(both - {"-"})
    for source, misses in zip(judged, missed, strict=True):
        report.disagreements += [
            replace(d, name=f"{d.name} ({source.name})")
            for name, d in misses.items()
            if name not in both or name == "-"
        ]
    return report


def _disagreements(result: JudgeResult, cases: dict[str, TestCase]) -> list[Disagreement]:
    if result.verdict in (Verdict.CE, Verdict.JE) and not result.tests:
        return [Disagreement("-", "", "", result.verdict.value, result.message)]
    found = []
    for test in result.tests:
        if test.verdict == Verdict.AC:
            continue
        case = cases[test.name]
        found.append(
            Disagreement(
                test.name,
                case.input_path.read_text("utf-8", errors="replace")[:QUOTE_CHARS],
                case.answer_path.read_text("utf-8", errors="replace")[:QUOTE_CHARS],
                test.verdict.value,
                test.message,
                test.output_preview,
            )
        )
    return found
