"""What sandboxes leave on the host when their judge dies: work folders and cgroups, swept up.

Every work folder (under ``/dev/shm``) and cgroup a sandbox makes is named after the process that
made it, ``tiku-<pid>.<start time>-...``: the start time (from ``/proc/<pid>/stat``) tells a
living owner from a dead one whose pid was reused. A judge that was killed (``kill -9``, a crash,
a power cut) cannot clean up after itself; the next one sweeps what dead owners left (the service
does it at every start). A service that stops normally closes its own sandboxes (``Judge.abort``).
Leftovers of a living judge (another ``tiku`` on the same machine) are never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tiku.sandbox.policy import SandboxPolicy

_NAME = re.compile(r"^tiku-(\d+)\.(\d+)-")


def _start_time(pid: int) -> int | None:
    """The start time of process ``pid`` in clock ticks since boot, None if there is none."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name (field 2) may hold spaces and parentheses: split after its last ')'
    return int(stat[stat.rindex(")") + 2 :].split()[19])


@cache
def _tag(pid: int) -> str:
    return f"{pid}.{_start_time(pid)}"


def name_prefix() -> str:
    """The prefix of everything this process's sandboxes create on the host (per pid: a forked
    child gets its own)."""
    return f"tiku-{_tag(os.getpid())}-"


def _owner_alive(name: str) -> bool | None:
    """Whether the process that made ``name`` is alive (None: not a name of ours)."""
    match = _NAME.match(name)
    if match is None:
        return None
    return _start_time(int(match.group(1))) == int(match.group(2))


@dataclass
class SweepReport:
    folders: list[str] = field(default_factory=list)
    cgroups: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.folders and not self.cgroups


def cgroup_parents(policy: SandboxPolicy) -> list[Path]:
    """The folders sandbox cgroups are made in (v2: one; v1: memory, pids, cpuacct)."""
    from tiku.sandbox.cgroups import own_cgroup  # cgroups names its groups with name_prefix

    base = Path(policy.cgroup_root)
    if (base / "cgroup.controllers").exists():
        parents = [base / (policy.cgroup_parent or own_cgroup(""))]
    else:
        parents = [
            base / controller / (policy.cgroup_parent or own_cgroup(controller))
            for controller in ("memory", "pids", "cpuacct")
        ]
    return [p for p in parents if p.is_dir()]


def sweep(policy: SandboxPolicy) -> SweepReport:
    """Remove the work folders and cgroups of dead judges."""
    from tiku.sandbox.cgroups import remove_groups

    report = SweepReport()

    def stale(name: str) -> bool:
        return _owner_alive(name) is False

    work_root = policy.host_work_root()
    if work_root is not None:
        with contextlib.suppress(OSError):
            for entry in os.scandir(work_root):
                if entry.is_dir(follow_symlinks=False) and stale(entry.name):
                    shutil.rmtree(entry.path, ignore_errors=True)
                    if not os.path.lexists(entry.path):
                        report.folders.append(entry.path)
    for parent in cgroup_parents(policy):
        with contextlib.suppress(OSError):
            for entry in os.scandir(parent):
                if (
                    entry.is_dir(follow_symlinks=False)
                    and stale(entry.name)
                    and remove_groups([Path(entry.path)])
                ):
                    report.cgroups.append(entry.path)
    return report
