"""The exceptions tiku raises, one tree, each with a message a user can act on.

TikuError
├── PackageError      a problem package cannot be used (carries every finding)
├── SubmissionError   a submission cannot be judged as given (unknown language, too large...)
├── SandboxError      the sandbox cannot be started or used on this machine
└── JudgeError        the judge itself failed (reported as JE, never blamed on a submission)
"""

from __future__ import annotations


class TikuError(Exception):
    """Base of every error tiku raises on purpose."""

    exit_code = 1


class PackageError(TikuError):
    """A problem package is broken; ``findings`` lists everything that is wrong."""

    exit_code = 3

    def __init__(self, message: str, findings: list[object] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


class SubmissionError(TikuError):
    exit_code = 4


class SandboxError(TikuError):
    exit_code = 5


class JudgeError(TikuError):
    exit_code = 6
