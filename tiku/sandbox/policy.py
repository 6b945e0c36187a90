"""How a sandbox is built: the bubblewrap command line, from a typed policy."""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tiku.errors import SandboxError

# The read-only view of the host: programs and libraries, nothing of /etc but what linkers,
# compilers and the JVM need to start. No /home, /root, /var, /run, /srv or /etc/passwd.
BASE_RO_PATHS = ("/usr",)
BASE_SYMLINKS = (
    ("usr/bin", "/bin"),
    ("usr/sbin", "/sbin"),
    ("usr/lib", "/lib"),
    ("usr/lib64", "/lib64"),
)
ETC_RO_PATHS = ("/etc/ld.so.cache", "/etc/alternatives", "/etc/java-17-openjdk")


@dataclass(frozen=True)
class SandboxPolicy:
    """What every sandbox on this host looks like.

    ``insecure`` is only for machines without user namespaces: it is refused unless asked for.
    """

    bwrap: str = "bwrap"
    # Where each sandbox's host-side files (its ``/in``) live; None: /dev/shm where it can be
    # written (memory: each test's input is rewritten there), else the system's temp directory.
    work_root: str | None = None
    uid: int = 65534
    # A root judge starts its sandboxes as this host user (see ``identity``); None keeps root.
    host_uid: int | None = 65534
    seccomp: bool = True
    cgroups: bool = True
    cgroup_root: str = "/sys/fs/cgroup"
    cgroup_parent: str | None = None  # a delegated cgroup (relative to each controller's root)
    insecure: bool = False
    # No address-space randomisation in the sandbox: runs are reproducible (layout, timing, the
    # order of objects hashed by address). Programs there are the attacker's own: ASLR protects
    # nothing of ours.
    fixed_layout: bool = True
    # Where the supervisor's bytecode is cached between processes (None: in memory only).
    bytecode_cache_dir: Path | None = None

    def host_work_root(self) -> str | None:
        if self.work_root is not None:
            return self.work_root
        shm = "/dev/shm"
        return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None

    def bwrap_path(self) -> str:
        found = shutil.which(self.bwrap)
        if found is None:
            raise SandboxError(
                "bubblewrap (bwrap) is not installed: the judge will not run untrusted code "
                "without a sandbox. Install it with 'apt-get install bubblewrap'."
            )
        return found

    def bwrap_argv(
        self,
        *,
        in_dir: str,
        supervisor: str,
        extra_ro_paths: Sequence[str],
        box_size_bytes: int,
        scratch_size_bytes: int,
        env: Mapping[str, str],
        seccomp_fd: int | None = None,
        extra_ro_binds: Sequence[tuple[str, str]] = (),
    ) -> list[str]:
        """``extra_ro_binds``: (source, where) pairs, beside ``extra_ro_paths`` bound in place."""
        argv = [
            self.bwrap_path(),
            "--unshare-all",  # user, ipc, pid, net, uts, cgroup namespaces
            "--unshare-user",
            "--disable-userns",
            "--uid",
            str(self.uid),
            "--gid",
            str(self.uid),
            "--hostname",
            "tiku",
            "--die-with-parent",
            # The supervisor is the namespace's init: non-dumpable, and immune to signals sent
            # from inside the namespace (no handler), so a run cannot kill or inspect it.
            "--as-pid-1",
            "--new-session",
            "--cap-drop",
            "ALL",
            "--clearenv",
        ]
        for key, value in env.items():
            argv += ["--setenv", key, value]
        if seccomp_fd is not None:
            argv += ["--seccomp", str(seccomp_fd)]
        for path in BASE_RO_PATHS:
            argv += ["--ro-bind", path, path]
        for target, link in BASE_SYMLINKS:
            argv += ["--symlink", target, link]
        for path in ETC_RO_PATHS:
            argv += ["--ro-bind-try", path, path]
        for path in extra_ro_paths:
            if os.path.exists(path):
                argv += ["--ro-bind", path, path]
        for source, path in extra_ro_binds:
            argv += ["--ro-bind", source, path]
        argv += [
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            "--size",
            str(scratch_size_bytes),
            "--tmpfs",
            "/dev/shm",
            "--size",
            str(scratch_size_bytes),
            "--tmpfs",
            "/tmp",
            "--size",
            str(scratch_size_bytes),
            "--tmpfs",
            "/out",
            "--size",
            str(box_size_bytes),
            "--tmpfs",
            "/box",
            "--ro-bind",
            in_dir,
            "/in",
            "--ro-bind",
            supervisor,
            supervisor_target(supervisor),
            "--remount-ro",
            "/",
            "--chdir",
            "/tmp",
        ]
        return argv


def supervisor_target(supervisor: str) -> str:
    """Where the supervisor (source or bytecode) appears inside the sandbox."""
    return "/sup/supervisor.pyc" if supervisor.endswith(".pyc") else "/sup/supervisor.py"
