"""Resource limits for one sandboxed run, with units in the names."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Limits:
    """What one process tree may use.

    ``memory_kib`` bounds the peak of the whole tree; ``address_space`` says whether it is enforced as
    an address-space limit on each process too (not for the JVM, which reserves far more than it
    touches and is bounded by ``-Xmx``). ``overhead_kib`` is what a runtime adds beyond the limit
    (the JVM's metaspace, code cache and GC tables beyond ``-Xmx``). The stack is as large as the
    memory limit (the Kattis convention).
    """

    cpu_time_s: float
    wall_time_s: float
    memory_kib: int
    output_kib: int = 64 * 1024
    processes: int = 64
    open_files: int = 64
    address_space: bool = True
    overhead_kib: int = 0

    def with_cpu(self, cpu_time_s: float) -> Limits:
        return replace(
            self, cpu_time_s=cpu_time_s, wall_time_s=max(2 * cpu_time_s, cpu_time_s + 1.0)
        )
