"""The judge: a submission against every test of a package, with exact per-test verdicts."""

from __future__ import annotations

import contextlib
import json
import os
import signal as signals
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from tiku.bank.package import ProblemPackage, TestCase
from tiku.bank.schema import DEFAULT_MEMORY_MIB, TikuMeta
from tiku.errors import JudgeError, SandboxError, SubmissionError
from tiku.judge.checkers import CheckResult, DefaultValidatorFlags, compare_json, default_validate
from tiku.judge.compile_cache import CompileCache
from tiku.judge.lanes import MIN_TESTS_FOR_SECOND_LANE, Lanes, SecondLane
from tiku.judge.languages import Language, LanguageRegistry
from tiku.judge.precompiled import Precompiled
from tiku.judge.program import (
    CompileLimits,
    CompileResult,
    Program,
    open_session,
)
from tiku.judge.validator import OutputValidator
from tiku.judge.verdict import JudgeResult, TestResult, Verdict
from tiku.sandbox.doctor import ensure_secure
from tiku.sandbox.limits import Limits
from tiku.sandbox.outcome import RunOutcome
from tiku.sandbox.policy import SandboxPolicy
from tiku.sandbox.pool import SandboxPool
from tiku.sandbox.session import SandboxSession

MEMORY_ERROR_MARKERS = (
    b"MemoryError",
    b"std::bad_alloc",
    b"java.lang.OutOfMemoryError",
    b"Cannot allocate memory",
    b"out of memory",
)
STDERR_PREVIEW_BYTES = 2000
# Fresh sandboxes per language a long-lived judge keeps started (the service, ``tiku verify``,
# ``tiku bank check``): a judging with two lanes takes two.
WARM_SANDBOXES = 2


@dataclass(frozen=True)
class JudgeSettings:
    """Everything the judge needs to know about this host; passed in, never global."""

    policy: SandboxPolicy = field(default_factory=SandboxPolicy)
    compile_limits: CompileLimits = field(default_factory=CompileLimits)
    default_time_limit_s: float = 1.0
    # The memory limit of a package that sets none (the format's "system default").
    default_memory_mib: int = DEFAULT_MEMORY_MIB
    wall_multiplier: float = 2.0
    processes: int = 64
    compile_cache_dir: Path | None = None  # None: every submission is compiled afresh
    # Run a submission's tests in two sandboxes in turn (one test at a time; the judge's own
    # work overlaps): worth it with two or more cores, and from this many tests on.
    second_lane: bool = field(default_factory=lambda: (os.cpu_count() or 1) >= 2)
    second_lane_min_tests: int = MIN_TESTS_FOR_SECOND_LANE
    # Fresh sandboxes of each language kept started between judgings (see ``SandboxPool``): for
    # long-lived judges (the service's workers, ``tiku verify``); 0 starts each one on demand.
    warm_sandboxes: int = 0
    # Where what languages precompile (headers, the compiler's class archive) is kept (see
    # ``precompiled.py``); None: nothing is.
    precompiled_dir: Path | None = None

    @property
    def compile_cache(self) -> CompileCache | None:
        return CompileCache(self.compile_cache_dir) if self.compile_cache_dir else None


@dataclass(frozen=True)
class RunLimits:
    """The limits of one judging: a time limit and the package's memory and output limits."""

    time_limit_s: float
    memory_kib: int
    output_kib: int

    def sandbox_limits(self, language: Language, settings: JudgeSettings, cpu_s: float) -> Limits:
        return Limits(
            cpu_time_s=cpu_s,
            wall_time_s=max(settings.wall_multiplier * cpu_s, cpu_s + 1.0),
            memory_kib=self.memory_kib,
            output_kib=self.output_kib,
            processes=max(settings.processes, language.spec.processes),
            address_space=language.spec.address_space,
            overhead_kib=language.spec.memory_overhead_mib * 1024,
        )


TestCallback = Callable[[TestResult], None]


def classify(outcome: RunOutcome, limits: RunLimits) -> tuple[Verdict | None, str]:
    """The verdict a run earns before its output is checked (None: go on and check it)."""
    stderr_tail = outcome.stderr[-STDERR_PREVIEW_BYTES:].decode("utf-8", errors="replace")
    if outcome.signal == signals.SIGXFSZ or outcome.output_truncated:
        return Verdict.OLE, f"output larger than {limits.output_kib} KiB"
    if outcome.cpu_time_s > limits.time_limit_s:
        return Verdict.TLE, f"CPU time {outcome.cpu_time_s:.3f} s > {limits.time_limit_s:g} s"
    if outcome.timed_out_wall:
        return Verdict.TLE, (
            f"wall time {outcome.wall_time_s:.3f} s over the limit (CPU time "
            f"{outcome.cpu_time_s:.3f} s: sleeping, waiting or starved)"
        )
    if outcome.signal == signals.SIGXCPU:
        return Verdict.TLE, "killed at the CPU time limit"
    if outcome.sandbox_died:
        return Verdict.RTE, "the program killed its sandbox"
    failed = not outcome.ok
    if outcome.oom_killed:
        return Verdict.MLE, "killed by the kernel for memory (the sandbox's memory cap)"
    if outcome.peak_memory_kib > limits.memory_kib or (
        failed and any(marker in outcome.stderr for marker in MEMORY_ERROR_MARKERS)
    ):
        return (
            Verdict.MLE,
            f"peak memory {outcome.peak_memory_kib} KiB, limit {limits.memory_kib} KiB",
        )
    if outcome.signal is not None:
        try:
            name = signals.Signals(outcome.signal).name
        except ValueError:
            name = str(outcome.signal)
        return Verdict.RTE, f"killed by {name}\n{stderr_tail}".strip()
    if outcome.exit_code != 0:
        return Verdict.RTE, f"exit code {outcome.exit_code}\n{stderr_tail}".strip()
    return None, ""


@dataclass
class Judge:
    """Drives one submission through compile and tests. The CLI, the web app and workers use it.

    A judge that keeps warm sandboxes (``JudgeSettings.warm_sandboxes``) owns a thread: ``close``
    it (or use it as a context) once its judgings are over."""

    settings: JudgeSettings
    languages: LanguageRegistry
    pool: SandboxPool = field(init=False, repr=False)
    precompiled: Precompiled | None = field(init=False, repr=False)
    # The sandboxes judgings hold now, so that ``abort`` can stop them from another thread.
    _in_use: dict[int, SandboxSession] = field(init=False, repr=False, default_factory=dict)
    _in_use_lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)
    _aborting: bool = field(init=False, repr=False, default=False)

    def __post_init__(self) -> None:
        self.pool = SandboxPool(self.settings.warm_sandboxes)
        precompiled_dir = self.settings.precompiled_dir
        self.precompiled = Precompiled(precompiled_dir) if precompiled_dir is not None else None

    def __enter__(self) -> Judge:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self, wait: bool = True) -> None:
        """Close the sandboxes kept warm, after every judging of this judge is over; with
        ``wait=False`` (judgings may still run, the process is about to exit), close the idle
        ones only."""
        if wait:
            self.pool.close()
        else:
            self.pool.drain()

    def open_sandbox(self, language: Language) -> SandboxSession:
        """A started, unused sandbox for ``language`` (kept warm, or started now)."""
        return self._hold(self.pool.take(language.id, lambda: self._new_session(language)))

    def _hold(self, session: SandboxSession) -> SandboxSession:
        with self._in_use_lock:
            self._in_use[id(session)] = session
            aborting = self._aborting
        if aborting:
            self.release(session)
            raise SandboxError("the judge is stopping")
        return session

    def abort(self) -> None:
        """Stop every judging of this judge at once, from any thread (the service is stopping):
        what runs in their sandboxes is killed, and no new sandbox is handed out. Each judging
        then ends (as JE) and hands its sandboxes back, to be closed as usual."""
        with self._in_use_lock:
            self._aborting = True
            held = list(self._in_use.values())
        for session in held:
            session.kill()

    def precompiled_dirs(self, language: Language) -> list[str]:
        """The host directory of what ``language`` precompiles, if anything (built on first use:
        seconds, once per machine)."""
        found = self.precompiled.directory(language) if self.precompiled is not None else None
        return [str(found)] if found is not None else []

    def _new_session(self, language: Language) -> SandboxSession:
        return open_session(self.settings.policy, language, self.precompiled_dirs(language))

    def release(self, session: SandboxSession) -> None:
        """Done with ``session``: it is closed (by the pool's thread where there is one)."""
        with self._in_use_lock:
            self._in_use.pop(id(session), None)
        self.pool.retire(session)

    def run_limits(self, package: ProblemPackage, time_limit_s: float | None = None) -> RunLimits:
        limits = package.config.limits
        return RunLimits(
            time_limit_s=time_limit_s or limits.time_limit or self.settings.default_time_limit_s,
            memory_kib=(limits.memory or self.settings.default_memory_mib) * 1024,
            output_kib=limits.output * 1024,
        )

    @contextlib.contextmanager
    def output_validator(self, package: ProblemPackage) -> Iterator[OutputValidator | None]:
        """The package's custom validator, compiled once, for one or many judgings."""
        if package.output_validator is None:
            yield None
            return
        cfg = package.config.limits
        limits = Limits(
            cpu_time_s=cfg.validation_time,
            wall_time_s=cfg.validation_time * 2 + 1,
            memory_kib=cfg.validation_memory * 1024,
            output_kib=cfg.validation_output * 1024,
        )
        with OutputValidator(
            package.output_validator,
            self.settings.policy,
            self.languages,
            limits,
            cache=self.settings.compile_cache,
        ) as validator:
            yield validator

    def prepare(
        self, meta: TikuMeta | None, source: str, language: Language
    ) -> tuple[Program, CompileResult]:
        """A started sandbox with ``source`` placed and compiled in it (with the problem's driver
        when ``meta`` is a function or design problem). The caller hands ``program.session`` back
        with ``release``."""
        session = self.open_sandbox(language)
        program = Program(
            session,
            language,
            meta,
            source,
            self.settings.compile_limits,
            cache=self.settings.compile_cache,
        )
        try:
            return program, program.prepare()
        except BaseException:
            self.release(session)
            raise

    def custom_run(
        self, package: ProblemPackage | None, source: str, language: Language, input_data: bytes
    ) -> CustomRunResult:
        """Run on the user's own input (the package gives the limits and the signature)."""
        return custom_run(self, package, source, language, input_data)

    def judge(
        self,
        package: ProblemPackage,
        source: str,
        language: Language,
        *,
        run_all: bool = False,
        time_limit_s: float | None = None,
        cpu_cap_s: float | None = None,
        tests: list[TestCase] | None = None,
        on_test: TestCallback | None = None,
        validator: OutputValidator | None = None,
    ) -> JudgeResult:
        """Judge ``source``. ``cpu_cap_s`` lets ``verify`` run past the limit to see the margin;
        ``validator`` shares one compiled custom validator between judgings."""
        limits = self.run_limits(package, time_limit_s)
        if len(source.encode()) > package.config.limits.code * 1024:
            raise SubmissionError(f"the source is larger than {package.config.limits.code} KiB")
        if (
            package.kind != "stdio"
            and language.spec.kind == "native"
            and "cpp" not in language.spec.extensions
        ):
            raise SubmissionError(
                f"{language.spec.name} is not offered for {package.kind} problems"
            )
        ensure_secure(self.settings.policy)
        cpu_s = max(cpu_cap_s or limits.time_limit_s, limits.time_limit_s)
        sandbox_limits = limits.sandbox_limits(language, self.settings, cpu_s)
        selected = package.tests if tests is None else tests
        try:
            shared = contextlib.nullcontext(validator) if validator is not None else None
            with (
                shared or self.output_validator(package) as validator,
                self._second_sandbox(language, len(selected)) as second,
            ):
                program, compiled = self.prepare(package.config.tiku, source, language)
                with Lanes(
                    program,
                    release=self.release,
                    reprepare=lambda: self._reprepare(package.config.tiku, source, language),
                    spawn_second=self._second_lane(program, second) if compiled.ok else None,
                ) as lanes:
                    if not compiled.ok:
                        return JudgeResult(
                            Verdict.CE, compile_output=compiled.output, message="compilation failed"
                        )
                    result = JudgeResult(Verdict.AC, compile_output=compiled.output)
                    for test, outcome in lanes.outcomes(selected, sandbox_limits):
                        test_result = self._test_result(package, test, outcome, limits, validator)
                        result.tests.append(test_result)
                        if on_test is not None:
                            on_test(test_result)
                        if test_result.verdict != Verdict.AC and result.verdict == Verdict.AC:
                            result.verdict = test_result.verdict
                            result.message = f"{test.name}: {test_result.message}".strip()
                            if not run_all:
                                break
                    return result
        except (JudgeError, SandboxError) as exc:
            return JudgeResult(Verdict.JE, message=str(exc))
        finally:
            self.pool.refill()  # between judgings: the next one finds its sandboxes started

    def _reprepare(self, meta: TikuMeta | None, source: str, language: Language) -> Program:
        program, compiled = self.prepare(meta, source, language)
        if not compiled.ok:
            self.release(program.session)
            raise JudgeError("the submission no longer compiles")
        return program

    @contextlib.contextmanager
    def _second_sandbox(self, language: Language, tests: int) -> Iterator[list[SandboxSession]]:
        """The second lane's sandbox, when worth it, started now, while the first one compiles
        (in the judging thread: bubblewrap dies with the thread that started it). Yields a list
        that the second lane takes it from; if nothing took it, it is released on the way out."""
        holder: list[SandboxSession] = []
        if tests >= self.settings.second_lane_min_tests and self.settings.second_lane:
            session = self.pool.take_idle(language.id)
            if session is None:
                session = self._new_session(language)
                session.spawn()  # ready later: waited for in the background
            holder.append(self._hold(session))
        try:
            yield holder
        finally:
            for session in holder:
                self.release(session)

    def _second_lane(self, program: Program, second: list[SandboxSession]) -> SecondLane | None:
        """How to make a second lane holding the same compiled program in the sandbox in
        ``second`` (None when there is none): ``Lanes`` finishes it in the background once the
        first test runs."""
        compiled = program.compiled_files()  # read now: lane A is idle only before the tests
        if not second or compiled is None:
            return None

        def spawn() -> Callable[[], Program | None]:
            session = second.pop()  # the second lane's now (until then, the judging's)

            def finish() -> Program | None:
                try:
                    session.wait_ready()
                    twin = program.clone(session, compiled)
                except BaseException:
                    self.release(session)
                    raise
                if twin is None:
                    self.release(session)
                return twin

            return finish

        return spawn

    def _test_result(
        self,
        package: ProblemPackage,
        test: TestCase,
        outcome: RunOutcome,
        limits: RunLimits,
        validator: OutputValidator | None,
    ) -> TestResult:
        verdict, message = classify(outcome, limits)
        if verdict is None:
            check = self._check(package, test, outcome, validator)
            verdict = Verdict.AC if check.accepted else Verdict.WA
            # Expected answers of hidden tests are never shown: only samples quote them.
            message = check.message_for(test.sample)
        return TestResult(
            name=test.name,
            verdict=verdict,
            time_s=outcome.cpu_time_s,
            wall_s=outcome.wall_time_s,
            memory_kib=outcome.peak_memory_kib,
            message=message,
            output_preview=outcome.stdout[:1000].decode("utf-8", errors="replace"),
        )

    def _check(
        self,
        package: ProblemPackage,
        test: TestCase,
        outcome: RunOutcome,
        validator: OutputValidator | None,
    ) -> CheckResult:
        answer = test.answer_path.read_bytes()
        output = outcome.stdout
        if program_uses_driver(package):
            if outcome.result is None:
                return CheckResult(False, "no result was returned")
            got = parse_result(outcome.result)
            if got is _INVALID:
                return CheckResult(False, "the result is not one valid JSON value")
            output = outcome.result
            if validator is None:
                return compare_json(json.loads(answer), got, package.config.tiku.compare)
        if validator is not None:
            return validator.check(test.input_path.read_bytes(), answer, output)
        try:
            flags = DefaultValidatorFlags.parse(package.config.validator_flags)
        except ValueError as exc:
            raise JudgeError(f"problem.yaml validator_flags: {exc}") from exc
        return default_validate(answer, output, flags)


MAX_RESULT_DEPTH = 64
_INVALID = object()


def parse_result(data: bytes) -> object:
    """Parse a driver's result, refusing what could hurt the judge (too deep a nesting)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_RESULT_DEPTH:
                return _INVALID
        elif byte in (0x5D, 0x7D):
            depth -= 1
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return _INVALID


def program_uses_driver(package: ProblemPackage) -> bool:
    return package.kind in ("function", "design")


@dataclass(frozen=True)
class CustomRunResult:
    """A run on the user's own input: no answer to compare with, only what happened."""

    verdict: str  # "OK", or the verdict that stopped it (CE, TLE, MLE, OLE, RTE, JE)
    output: str
    stderr: str
    time_s: float
    memory_kib: int
    compile_output: str = ""
    message: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "verdict": self.verdict,
            "output": self.output,
            "stderr": self.stderr,
            "time_s": round(self.time_s, 4),
            "memory_kib": self.memory_kib,
            "compile_output": self.compile_output,
            "message": self.message,
        }


def _custom_run(
    judge: Judge,
    package: ProblemPackage | None,
    source: str,
    language: Language,
    input_data: bytes,
    limits: RunLimits,
) -> CustomRunResult:
    meta = package.config.tiku if package is not None else None
    sandbox_limits = limits.sandbox_limits(language, judge.settings, limits.time_limit_s)
    ensure_secure(judge.settings.policy)
    try:
        program, compiled = judge.prepare(meta, source, language)
        try:
            if not compiled.ok:
                return CustomRunResult("CE", "", "", 0.0, 0, compiled.output, "compilation failed")
            program.session.put("input", input_data)
            outcome = program.run("input", sandbox_limits)
        finally:
            judge.release(program.session)
    except (JudgeError, SandboxError) as exc:
        return CustomRunResult("JE", "", "", 0.0, 0, message=str(exc))
    finally:
        judge.pool.refill()  # as after a judging
    verdict, message = classify(outcome, limits)
    output = outcome.stdout.decode("utf-8", errors="replace")
    if outcome.result is not None:
        result_text = outcome.result.decode("utf-8", errors="replace")
        output = f"{output}\nreturned: {result_text}" if output else result_text
    return CustomRunResult(
        verdict=verdict.value if verdict is not None else "OK",
        output=output,
        stderr=outcome.stderr.decode("utf-8", errors="replace"),
        time_s=outcome.cpu_time_s,
        memory_kib=outcome.peak_memory_kib,
        compile_output=compiled.output,
        message=message,
    )


def custom_run(
    judge: Judge, package: ProblemPackage | None, source: str, language: Language, input_data: bytes
) -> CustomRunResult:
    limits = (
        judge.run_limits(package)
        if package is not None
        else RunLimits(judge.settings.default_time_limit_s, 256 * 1024, 8 * 1024)
    )
    return _custom_run(judge, package, source, language, input_data, limits)
