"""Whom a sandbox is on the host.

A judge running as root must not hand its sandboxes root's identity: bubblewrap maps the sandbox's
user to the uid that started it, so a sandbox started by root is host root without capabilities.
That is still enough to change host device nodes the sandbox sees (``chmod /dev/full``) and to read
root-only files in ``/proc``. So a root judge starts each sandbox as an unprivileged host user
(``SandboxPolicy.host_uid``, by default 65534 "nobody"), after joining the sandbox's cgroups: the
sandbox's processes then own nothing on the host. An unprivileged judge already runs them as itself.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

CLONE_NEWNS = 0x00020000
MS_BIND = 4096
MS_REC = 16384
MS_PRIVATE = 1 << 18


@dataclass(frozen=True)
class HostIdentity:
    """The host uid and gid a root judge's sandbox runs as."""

    uid: int
    gid: int

    def become(self) -> None:
        """Drop to this identity, for good (in a child, before it runs bubblewrap)."""
        os.setgroups([])
        os.setresgid(self.gid, self.gid, self.gid)
        os.setresuid(self.uid, self.uid, self.uid)


class PrivateBinds:
    """Host paths the sandbox's host user cannot reach by name (e.g. a pyenv build under root's
    ``/root``, mode 0700), made reachable for bubblewrap alone: in the child that becomes bubblewrap,
    still root, a private mount namespace binds each onto a directory in the sandbox's own work
    directory; bubblewrap then binds it from there. Nothing changes in the host's mount table."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.pairs = [(os.fsencode(src), os.fsencode(dst)) for src, dst in pairs]
        libc = ctypes.CDLL(None, use_errno=True)  # resolved before the fork
        self._unshare = libc.unshare
        self._mount = libc.mount
        self._mount.argtypes = [
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_ulong,
            ctypes.c_void_p,
        ]

    def apply(self) -> None:
        """In the child, before dropping root."""
        if self._unshare(CLONE_NEWNS) != 0:
            raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNS)")
        if self._mount(None, b"/", None, MS_REC | MS_PRIVATE, None) != 0:
            raise OSError(ctypes.get_errno(), "mount(/, MS_PRIVATE)")
        for src, dst in self.pairs:
            if self._mount(src, dst, None, MS_BIND | MS_REC, None) != 0:
                raise OSError(ctypes.get_errno(), f"bind {src!r}")


def wanted(host_uid: int | None) -> HostIdentity | None:
    """The identity to drop to: only when running as root and a ``host_uid`` is configured."""
    if host_uid is None or os.geteuid() != 0:
        return None
    return HostIdentity(host_uid, host_uid)


def drop_works(bwrap: str, identity: HostIdentity) -> str | None:
    """None when bubblewrap can build a sandbox as ``identity``, else why not."""
    return probe(bwrap, identity)


@cache
def probe(bwrap: str, identity: HostIdentity | None = None, sandbox_uid: int = 65534) -> str | None:
    """None when bubblewrap builds a minimal sandbox (every namespace, ``sandbox_uid`` inside),
    started as ``identity`` (None: as the judge itself), else why not."""
    path = shutil.which(bwrap)
    if path is None:
        return "bwrap not installed (apt-get install bubblewrap)"
    argv = [
        path,
        "--unshare-all",
        "--unshare-user",
        "--uid",
        str(sandbox_uid),
        "--die-with-parent",
        "--ro-bind",
        "/usr",
        "/usr",
        "--symlink",
        "usr/bin",
        "/bin",
        "--symlink",
        "usr/lib",
        "/lib",
        "--symlink",
        "usr/lib64",
        "/lib64",
        "--proc",
        "/proc",
        "/usr/bin/true",
    ]
    become: Callable[[], None] | None = identity.become if identity is not None else None
    try:
        result = subprocess.run(
            argv, capture_output=True, timeout=30, check=False, preexec_fn=become, cwd="/"
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return str(exc)
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip()
        return message or f"exit {result.returncode}"
    return None
