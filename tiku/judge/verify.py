"""``verify``: what problemtools' verifyproblem does for submissions, with Kattis time-limit rules.

Every file under ``submissions/`` is judged with CPU time allowed up to the time limit times the
safety margin, so one run tells both the verdict at the limit and whether it would change within
the margin (a warning, as Kattis gives). When the limit is inferred from the accepted submissions,
those expected to time out are judged meanwhile as if the limit were the lowest it can be, and
judged again only if the limit comes out higher and that first run reached its cap.
"""

from __future__ import annotations

import fnmatch
import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from tiku.bank.package import ProblemPackage, Submission
from tiku.bank.yamlio import safe_load
from tiku.judge.engine import Judge
from tiku.judge.validator import OutputValidator
from tiku.judge.verdict import JudgeResult, Verdict

EXPECTED_BY_FOLDER: dict[str, frozenset[Verdict]] = {
    "accepted": frozenset({Verdict.AC}),
    "wrong_answer": frozenset({Verdict.WA}),
    "time_limit_exceeded": frozenset({Verdict.TLE}),
    "run_time_error": frozenset({Verdict.RTE}),
    "memory_limit_exceeded": frozenset({Verdict.MLE}),
    "output_limit_exceeded": frozenset({Verdict.OLE}),
    "rejected": frozenset({Verdict.WA, Verdict.TLE, Verdict.RTE, Verdict.MLE, Verdict.OLE}),
    "brute_force": frozenset({Verdict.AC, Verdict.TLE}),
}
INFERENCE_CAP_S = 20.0


@dataclass
class SubmissionCheck:
    path: str
    expected: list[str]
    got: str
    ok: bool
    time_s: float
    message: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "expected": self.expected,
            "got": self.got,
            "ok": self.ok,
            "time_s": round(self.time_s, 4),
            "message": self.message,
            "warnings": self.warnings,
        }


@dataclass
class VerifyReport:
    time_limit_s: float
    time_limit_inferred: bool
    submissions: list[SubmissionCheck]
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.submissions)

    def to_json(self) -> dict[str, Any]:
        return {
            "time_limit_s": self.time_limit_s,
            "time_limit_inferred": self.time_limit_inferred,
            "ok": self.ok,
            "submissions": [s.to_json() for s in self.submissions],
            "warnings": self.warnings,
        }


def expected_verdicts(package: ProblemPackage, submission: Submission) -> frozenset[Verdict]:
    overrides_file = package.path / "submissions.yaml"
    if overrides_file.is_file():
        overrides = safe_load(overrides_file.read_text("utf-8")) or {}
        for pattern, rule in overrides.items():
            if fnmatch.fnmatch(submission.rel, str(pattern)) and isinstance(rule, dict):
                value = rule.get("permitted", rule.get("verdict"))
                if value is not None:
                    values = value if isinstance(value, list) else [value]
                    return frozenset(Verdict(str(v)) for v in values)
    return EXPECTED_BY_FOLDER[submission.folder]


# The package format knows AC, WA, TLE and RTE: exceeding the memory or the output limit is what
# it calls a run-time error. tiku tells them apart for users, and counts them as RTE for a package.
FORMAT_VERDICT = {Verdict.MLE: Verdict.RTE, Verdict.OLE: Verdict.RTE}


def verdict_allowed(got: Verdict, expected: frozenset[Verdict]) -> bool:
    """Whether ``got`` is one of ``expected``, as the package format judges verdicts."""
    return got in expected or FORMAT_VERDICT.get(got) in expected


def round_up(value: float, resolution: float) -> float:
    return round(math.ceil(value / resolution - 1e-9) * resolution, 6)


@dataclass
class Verifier:
    judge: Judge

    def verify(self, package: ProblemPackage, jobs: int = 1) -> VerifyReport:
        """Judge every submission (``jobs`` at a time; CPU time, not wall time, decides)."""
        jobs = max(1, jobs)
        with (
            self.judge.output_validator(package) as validator,
            ThreadPoolExecutor(max_workers=jobs) as pool,
        ):
            return self._verify(package, validator, pool, jobs)

    def _verify(
        self,
        package: ProblemPackage,
        validator: OutputValidator | None,
        pool: ThreadPoolExecutor,
        jobs: int,
    ) -> VerifyReport:
        config = package.config
        margin = config.time_limit_to_tle
        warnings = [f"{w}" for w in package.warnings if "not judged" in w]
        results: dict[str, JudgeResult] = {}
        time_limit = config.limits.time_limit
        inferred = time_limit is None
        if time_limit is None:
            accepted = [s for s in package.submissions if s.folder == "accepted"]
            if not accepted:
                note = "no time limit in problem.yaml and no accepted submission to infer it"
                return VerifyReport(self.judge.settings.default_time_limit_s, True, [], [note])
            resolution = config.limits.time_resolution or 1.0
            # Submissions expected to time out start at once, beside the accepted ones (on the
            # workers those leave, at most one each), capped as if the limit were the lowest it
            # can be (one resolution step); see ``_speculation_holds`` for when that run stands.
            floor_cap = resolution * margin
            slow = [
                sub
                for sub in package.submissions
                if sub.folder != "accepted" and Verdict.TLE in expected_verdicts(package, sub)
            ][: jobs - 1]
            speculative = [
                pool.submit(self._judge, package, sub, floor_cap, validator) for sub in slow
            ]
            runs = pool.map(
                lambda sub: self._judge(package, sub, INFERENCE_CAP_S, validator), accepted
            )
            results = {sub.rel: result for sub, result in zip(accepted, runs, strict=True)}
            slowest = max(result.time_s for result in results.values())
            time_limit = max(round_up(slowest * config.ac_to_time_limit, resolution), resolution)
            for sub, future in zip(slow, speculative, strict=True):
                result = future.result()
                if _speculation_holds(result, floor_cap, time_limit * margin):
                    results[sub.rel] = result
        limit = time_limit
        # Longest first: a submission expected to time out runs to the limit times the margin,
        # so it starts at once and the others share the remaining workers meanwhile.
        pending = sorted(
            (s for s in package.submissions if s.rel not in results),
            key=lambda sub: Verdict.TLE not in expected_verdicts(package, sub),
        )
        runs = pool.map(lambda sub: self._judge(package, sub, limit * margin, validator), pending)
        results.update({sub.rel: result for sub, result in zip(pending, runs, strict=True)})
        checks = [
            self._check(package, sub, results[sub.rel], limit, margin)
            for sub in package.submissions
        ]
        return VerifyReport(limit, inferred, checks, warnings)

    def _check(
        self,
        package: ProblemPackage,
        sub: Submission,
        result: JudgeResult,
        time_limit: float,
        margin: float,
    ) -> SubmissionCheck:
        expected = expected_verdicts(package, sub)
        got, note = verdict_at_limit(result, time_limit)
        check = SubmissionCheck(
            path=sub.rel,
            expected=sorted(v.value for v in expected),
            got=got.value,
            ok=verdict_allowed(got, expected),
            time_s=result.time_s,
            message=note or result.message,
        )
        if Verdict.AC in expected and got == Verdict.AC and result.time_s > time_limit / margin:
            check.warnings.append(
                f"accepted but slow: {result.time_s:.3f} s is within the safety margin "
                f"of the {time_limit:g} s limit"
            )
        if got == Verdict.TLE and result.verdict == Verdict.AC:
            check.warnings.append(
                f"TLE at {time_limit:g} s but accepted within the safety margin "
                f"({time_limit * margin:g} s)"
            )
        return check

    def _judge(
        self,
        package: ProblemPackage,
        sub: Submission,
        cap: float,
        validator: OutputValidator | None,
    ) -> JudgeResult:
        language = self.judge.languages.for_file(sub.path)
        source = sub.path.read_text("utf-8", errors="replace")
        return self.judge.judge(
            package, source, language, time_limit_s=cap, cpu_cap_s=cap, validator=validator
        )


def _speculation_holds(result: JudgeResult, cap: float, final_cap: float) -> bool:
    """Whether a run capped at ``cap`` is the run capped at ``final_cap`` (>= ``cap``): the caps
    are equal, or no test reached the cap (every test ended on its own, so a higher cap changes
    nothing). Otherwise the submission is judged again with ``final_cap``."""
    if final_cap <= cap + 1e-9:
        return True
    return not any(test.verdict == Verdict.TLE for test in result.tests)


def verdict_at_limit(result: JudgeResult, time_limit: float) -> tuple[Verdict, str]:
    """The verdict the submission gets at ``time_limit`` from a run with a longer cap."""
    for test in result.tests:
        if test.time_s > time_limit:
            return Verdict.TLE, f"{test.name}: CPU time {test.time_s:.3f} s > {time_limit:g} s"
        if test.verdict != Verdict.AC:
            return test.verdict, f"{test.name}: {test.message}"
    return result.verdict, result.message
