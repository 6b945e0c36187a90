"""Custom output validators (Kattis protocol), run in a sandbox of their own.

``validator input answer feedback_dir < output``; exit 42 accepts, 43 rejects, anything else is a
judge error (the package's fault, never the submission's). ``judgemessage.txt`` in the feedback
directory is shown to the user. The validator's sandbox holds the answer; the submission's never does.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from tiku.errors import JudgeError
from tiku.judge.checkers import CheckResult
from tiku.judge.compile_cache import CompileCache
from tiku.judge.languages import LanguageRegistry
from tiku.judge.program import CompileLimits, Program, open_session
from tiku.sandbox.limits import Limits
from tiku.sandbox.policy import SandboxPolicy
from tiku.sandbox.session import RunRequest, SandboxSession

ACCEPT_CODE = 42
REJECT_CODE = 43
SOURCE_PREFERENCE = (".py", ".cpp", ".cc", ".c", ".java")


@dataclass
class OutputValidator:
    """A compiled custom validator in a warm sandbox; ``check`` it once per test."""

    directory: Path
    policy: SandboxPolicy
    languages: LanguageRegistry
    limits: Limits
    cache: CompileCache | None = None
    _session: SandboxSession | None = None
    _program: Program | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __enter__(self) -> OutputValidator:
        files = sorted(
            (f for f in self.directory.iterdir() if f.is_file() and f.suffix in SOURCE_PREFERENCE),
            key=lambda f: (SOURCE_PREFERENCE.index(f.suffix), f.name),
        )
        if not files:
            raise JudgeError(f"output validator {self.directory} has no source file")
        main = files[0]
        language = self.languages.for_file(main)
        self._session = open_session(self.policy, language)
        self._session.start()
        self._program = Program(
            session=self._session,
            language=language,
            meta=None,
            source=main.read_text("utf-8"),
            compile_limits=CompileLimits(),
            cache=self.cache,
        )
        # Headers and helper files beside the validator (e.g. validate.h) are made available
        # (and are part of the compile cache's key).
        for extra in sorted(self.directory.iterdir()):
            if extra.is_file() and extra != main:
                self._program.place(extra.name, extra.read_bytes())
        compiled = self._program.prepare()
        if not compiled.ok:
            self.close()
            raise JudgeError(f"the output validator does not compile:\n{compiled.output}")
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def check(self, input_data: bytes, answer: bytes, output: bytes) -> CheckResult:
        """Validate one output (judgings running in parallel take turns)."""
        with self._lock:
            return self._check(input_data, answer, output)

    def _check(self, input_data: bytes, answer: bytes, output: bytes) -> CheckResult:
        session, program = self._session, self._program
        if session is None or program is None:
            raise JudgeError("the output validator is not started")
        session.put("v_input", input_data)
        session.put("v_answer", answer)
        session.put("v_output", output)
        argv = [*program._argv, "/in/v_input", "/in/v_answer", "/out/feedback/"]
        outcome = session.run(
            RunRequest(
                argv=argv,
                python_script=program._script,
                limits=self.limits,
                stdin="/in/v_output",
                cwd="/tmp",
                mkdirs=["/out/feedback"],
                collect={"judgemessage": "/out/feedback/judgemessage.txt"},
                prefork=True,
            )
        )
        message_bytes = outcome.extra_files.get("judgemessage") or b""
        message = message_bytes.decode("utf-8", errors="replace").strip()
        if outcome.exit_code == ACCEPT_CODE:
            return CheckResult(True, message)
        if outcome.exit_code == REJECT_CODE:
            return CheckResult(False, message or "rejected by the output validator")
        detail = outcome.stderr.decode("utf-8", errors="replace")[-2000:]
        raise JudgeError(
            f"the output validator failed (exit {outcome.exit_code}, signal {outcome.signal}): "
            f"{detail or message}"
        )
