"""What the sandbox reports about one run: measured, never interpreted here."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RunOutcome:
    """The raw facts of a finished run; turning them into a verdict is the judge's job."""

    exit_code: int | None
    signal: int | None
    cpu_time_s: float
    wall_time_s: float
    peak_memory_kib: int
    timed_out_wall: bool
    stdout: bytes
    stderr: bytes
    result: bytes | None = None
    sandbox_died: bool = False
    output_truncated: bool = False
    oom_killed: bool = False
    extra_files: Mapping[str, bytes | None] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and self.signal is None and not self.sandbox_died
