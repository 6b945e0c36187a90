"""seccomp filters, compiled to BPF on the host with libseccomp (through ``pyseccomp``).

Two filters:

- the **sandbox filter**, loaded by bubblewrap for everything in the sandbox: no ptrace, no mounts,
  no new namespaces, no keyrings, bpf, perf events, io_uring, userfaultfd, kernel modules or kexec,
  and no sockets but ``AF_UNIX``;
- the **no-exec filter**, added by the supervisor's child just before it runs Python code in the
  warm interpreter: that code has no business starting other programs, so ``execve`` fails.

The BPF is produced on the host (the sandbox has no libseccomp bindings) and loaded inside with a
plain ``prctl`` call; see ``supervisor.py``.
"""

from __future__ import annotations

import errno
import socket
import tempfile
from functools import cache

DENIED_SYSCALLS = (
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "kcmp",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "move_mount",
    "open_tree",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "mount_setattr",
    "unshare",
    "setns",
    "keyctl",
    "add_key",
    "request_key",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "fanotify_init",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    "init_module",
    "finit_module",
    "delete_module",
    "kexec_load",
    "kexec_file_load",
    "reboot",
    "swapon",
    "swapoff",
    "acct",
    "quotactl",
    "syslog",
    "settimeofday",
    "clock_settime",
    "adjtimex",
    "clock_adjtime",
    "open_by_handle_at",
    "name_to_handle_at",
    "lookup_dcookie",
    "personality",
    "vhangup",
    "iopl",
    "ioperm",
)
# CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWNS, CLONE_NEWCGROUP
NAMESPACE_FLAGS = (
    0x10000000,
    0x20000000,
    0x40000000,
    0x04000000,
    0x08000000,
    0x00020000,
    0x02000000,
)


def available() -> bool:
    try:
        sandbox_filter_bpf()
    except (ImportError, OSError, RuntimeError):
        return False
    return True


def _export(build: object) -> bytes:
    with tempfile.TemporaryFile() as handle:
        build.export_bpf(handle)  # type: ignore[attr-defined]
        handle.seek(0)
        return handle.read()


@cache
def sandbox_filter_bpf() -> bytes:
    """The BPF program for the whole sandbox."""
    import pyseccomp as sc

    flt = sc.SyscallFilter(defaction=sc.ALLOW)
    for name in DENIED_SYSCALLS:
        try:
            flt.add_rule(sc.ERRNO(errno.EPERM), name)
        except (RuntimeError, ValueError, OSError):
            continue  # not a syscall on this architecture
    flt.add_rule(sc.ERRNO(errno.EAFNOSUPPORT), "socket", sc.Arg(0, sc.NE, socket.AF_UNIX))
    # clone with namespace flags; clone3 passes its flags in memory, which BPF cannot read, so
    # it reports ENOSYS and the C library falls back to clone.
    for flag in NAMESPACE_FLAGS:
        flt.add_rule(sc.ERRNO(errno.EPERM), "clone", sc.Arg(0, sc.MASKED_EQ, flag, flag))
    flt.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")
    # Limits of another process (the supervisor runs as the same uid): a run could lower them
    # and break the next test's start. Its own limits (pid 0) stay as setrlimit's.
    flt.add_rule(sc.ERRNO(errno.EPERM), "prlimit64", sc.Arg(0, sc.NE, 0))
    return _export(flt)


@cache
def no_exec_filter_bpf() -> bytes:
    """Deny starting programs (for code that runs in the warm Python interpreter)."""
    import pyseccomp as sc

    flt = sc.SyscallFilter(defaction=sc.ALLOW)
    flt.add_rule(sc.ERRNO(errno.EPERM), "execve")
    flt.add_rule(sc.ERRNO(errno.EPERM), "execveat")
    return _export(flt)
