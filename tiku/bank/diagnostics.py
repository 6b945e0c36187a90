"""Findings about a package, collected rather than raised, so one run shows everything wrong."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Finding:
    """One thing wrong (or suspicious) in a package: where, which key, why."""

    file: str
    key: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{self.file}: {self.key}" if self.key else self.file
        return f"{self.severity}: {where}: {self.message}"


@dataclass
class Diagnostics:
    """A collector of findings for one package."""

    findings: list[Finding] = field(default_factory=list)

    def error(self, file: str, key: str, message: str) -> None:
        self.findings.append(Finding(file, key, message, "error"))

    def warning(self, file: str, key: str, message: str) -> None:
        self.findings.append(Finding(file, key, message, "warning"))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors
