"""The warm process that lives inside a sandbox and runs one test at a time.

It is started once per sandbox (``python -S -I supervisor.py``), reads one JSON command per line on
fd 3 and answers one JSON line per command on fd 4. For every test it forks: the child sets its
limits, wires its standard streams to files in the sandbox's ``/io`` directory and then either
``exec``s a program (compiled languages, compilers, validators) or runs Python source in the forked
interpreter (``"python": true``), which saves an interpreter start per test.

Trust: the child runs untrusted code in the same sandbox, so the supervisor never receives expected
answers or other tests' data, makes itself non-dumpable (no ptrace, no /proc/PID/fd snooping), closes
its channels in the child before user code runs, measures the child with ``wait4`` and, once the child
is gone, kills every other process in the sandbox's PID namespace (``kill(-1)``) and reaps it as the
child subreaper, so that nothing a test started outlives it.

This file is deliberately standard-library only and self-contained: it runs under whichever Python
the sandbox offers.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import resource
import select
import signal
import sys
import time
from typing import Any

PR_SET_CHILD_SUBREAPER = 36
PR_SET_DUMPABLE = 4
PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38

CMD_FD = 3  # defaults; the host passes the real numbers as arguments
RES_FD = 4
RESULT_CHANNEL_FD = 3  # what the child sees: where a generated driver writes its result

# Python ignores SIGPIPE and SIGXFSZ and handles SIGINT. We give these back their default
# disposition once, in the supervisor: as the namespace's init it is immune to signals it has no
# handler for, and every run it forks (or execs) starts with the defaults, as a program should.
_DEFAULT_SIGNALS = (signal.SIGINT, signal.SIGPIPE, signal.SIGXFSZ)


_LIBC: ctypes.CDLL | None = None


def _prctl(option: int, arg: int) -> None:
    global _LIBC
    if _LIBC is None:
        _LIBC = ctypes.CDLL(None, use_errno=True)
    _LIBC.prctl(option, arg, 0, 0, 0)


class _SockFilter(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_ushort),
        ("jt", ctypes.c_ubyte),
        ("jf", ctypes.c_ubyte),
        ("k", ctypes.c_uint32),
    ]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2


class _PreparedFilter:
    """A BPF program turned into the kernel's structure once, so each child only calls prctl."""

    def __init__(self, bpf: bytes) -> None:
        count = len(bpf) // 8
        self._program = (_SockFilter * count).from_buffer_copy(bpf)
        self._fprog = _SockFprog(count, self._program)
        self._libc = ctypes.CDLL(None, use_errno=True)

    def install(self) -> None:
        if self._libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(self._fprog), 0, 0):
            raise OSError(ctypes.get_errno(), "cannot install the seccomp filter")


_NO_EXEC_FILTER: _PreparedFilter | None = None


def _set_limits(cmd: dict[str, Any]) -> None:
    def lim(kind: int, value: int | None) -> None:
        if value is None:
            return
        resource.setrlimit(kind, (value, value))

    cpu_s = cmd.get("cpu_s")
    if cpu_s is not None:
        soft = int(cpu_s) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 1))
    mem = cmd.get("address_space_bytes")
    lim(resource.RLIMIT_AS, mem)
    lim(resource.RLIMIT_STACK, cmd.get("stack_bytes"))
    lim(resource.RLIMIT_FSIZE, cmd.get("fsize_bytes"))
    lim(resource.RLIMIT_NPROC, cmd.get("nproc"))
    lim(resource.RLIMIT_NOFILE, cmd.get("nofile", 64))
    lim(resource.RLIMIT_CORE, 0)
    lim(resource.RLIMIT_MEMLOCK, 0)
    lim(resource.RLIMIT_MSGQUEUE, 0)


def _open_stream(path: str | None, write: bool) -> int:
    if path is None:
        return os.open("/dev/null", os.O_RDWR)
    if write:
        return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    return os.open(path, os.O_RDONLY | os.O_NOFOLLOW)


def _child(cmd: dict[str, Any]) -> None:
    """Runs in the forked child; never returns."""
    try:
        os.setsid()
        fds = [
            _open_stream(cmd.get("stdin"), False),
            _open_stream(cmd.get("stdout"), True),
            _open_stream(cmd.get("stderr"), True),
        ]
        result_path = cmd.get("result")
        if result_path is not None:
            fds.append(_open_stream(result_path, True))
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        os.closerange(len(fds), 1 << 16)
        os.chdir(cmd.get("cwd", "/tmp"))
        # The supervisor is non-dumpable (so nothing can ptrace it or read its /proc files); the
        # run is an ordinary process that may read its own /proc/self.
        _prctl(PR_SET_DUMPABLE, 1)
        # If the sandbox's cgroup runs out of memory, the kernel should pick the run, not us.
        adj = os.open("/proc/self/oom_score_adj", os.O_WRONLY)
        os.write(adj, b"1000")
        os.close(adj)
        os.umask(0o077)
        _set_limits(cmd)
        env = cmd.get("env") or {}
        if not cmd.get("python"):
            os.execve(cmd["argv"][0], cmd["argv"], env)
        if _NO_EXEC_FILTER is not None:
            _NO_EXEC_FILTER.install()
        _run_python(cmd, env)
    except BaseException as exc:
        try:
            os.write(2, f"tiku: could not start the program: {exc!r}\n".encode())
        finally:
            os._exit(120)


def _run_python(cmd: dict[str, Any], env: dict[str, str]) -> None:
    import io

    os.environ.clear()
    os.environ.update(env)
    sys.argv = list(cmd["argv"])
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)))
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(io.FileIO(1, "w", closefd=False), 1 << 16), write_through=False
    )
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), write_through=True)
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr  # type: ignore[misc]
    path = cmd["script"]
    sys.path[:0] = [os.path.dirname(path)]
    code = 0
    try:
        with open(path, "rb") as handle:
            source = handle.read()
        compiled = compile(source, path, "exec")
        namespace = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
        exec(compiled, namespace)
    except SystemExit as stop:
        if stop.code is None:
            code = 0
        elif isinstance(stop.code, int):
            code = stop.code & 0xFF
        else:
            sys.stderr.write(f"{stop.code}\n")
            code = 1
    except MemoryError:
        code = 1
        _safe_write_stderr("MemoryError\n")
    except BaseException as exc:
        import traceback

        code = 1
        try:
            # Hide the supervisor's own frame: the user sees their code only.
            tb = exc.__traceback__
            traceback.print_exception(type(exc), exc, tb.tb_next if tb else None)
        except BaseException:
            _safe_write_stderr("tiku: uncaught exception\n")
    try:
        sys.stdout.flush()
    except BaseException:
        code = code or 1
    os._exit(code)


def _safe_write_stderr(text: str) -> None:
    with contextlib.suppress(OSError):
        os.write(2, text.encode())


def _kill_everything_else() -> None:
    """Kill every process of the sandbox except ourselves and reap them all."""
    with contextlib.suppress(OSError):
        os.kill(-1, signal.SIGKILL)
    while True:
        try:
            pid, _ = os.waitpid(-1, 0)
        except ChildProcessError:
            return
        except InterruptedError:
            continue
        if pid == 0:
            return


CPU_POLL_S = 0.05
_CLK_TCK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system, its threads and reaped children) of a running process."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
    except OSError:
        return 0.0
    # fields[0] is the state (field 3); utime, stime, cutime, cstime are fields 14-17.
    return sum(int(x) for x in fields[11:15]) / _CLK_TCK


def _run(cmd: dict[str, Any]) -> dict[str, Any]:
    wall_limit = float(cmd.get("wall_s", 10.0))
    for directory in cmd.get("mkdirs", []):
        os.makedirs(directory, mode=0o700, exist_ok=True)
    start = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    pid = os.fork()
    if pid == 0:
        _child(cmd)
    pidfd = os.pidfd_open(pid)
    timed_out = False
    cpu_limit = cmd.get("cpu_s")
    try:
        while True:
            remaining = wall_limit - (time.monotonic() - start)
            ready, _, _ = select.select([pidfd], [], [], max(0.0, min(remaining, CPU_POLL_S)))
            if ready:
                break
            if remaining <= CPU_POLL_S:
                timed_out = True
            elif cpu_limit is None or _cpu_seconds(pid) <= cpu_limit:
                continue
            # Over the wall limit, or over the CPU limit (stopped now rather than at the next
            # whole second, when RLIMIT_CPU would).
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            break
        while True:
            try:
                _, status, usage = os.wait4(pid, 0)
                break
            except InterruptedError:
                continue
    finally:
        os.close(pidfd)
    wall_s = time.monotonic() - start
    _kill_everything_else()
    # Every process of the run has now been reaped by us (the child with wait4, anything it left
    # behind as orphans of the namespace's init): the children's rusage delta is the CPU time of
    # the whole process tree, including processes the program never waited for.
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    tree_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    files = [_read_capped(path, cap) for _, path, cap in cmd.get("collect", [])]
    for directory in cmd.get("scrub", []):
        _scrub(directory)
    for directory, keep in cmd.get("scrub_keep", {}).items():
        _scrub(directory, set(keep))
    box = sorted(os.listdir("/box")) if cmd.get("snapshot") else None
    result: dict[str, Any] = {
        "wall_s": wall_s,
        "cpu_s": max(usage.ru_utime + usage.ru_stime, tree_cpu),
        "maxrss_kib": usage.ru_maxrss,
        "timed_out": timed_out,
    }
    if box is not None:
        result["box"] = box
    result["files"] = [
        None if data is None else [len(data), truncated] for data, truncated in files
    ]
    result["_payload"] = b"".join(data for data, _ in files if data is not None)
    if os.WIFSIGNALED(status):
        result["signal"] = os.WTERMSIG(status)
        result["exit_code"] = None
    else:
        result["signal"] = None
        result["exit_code"] = os.WEXITSTATUS(status)
    return result


def _read_capped(path: str, cap: int) -> tuple[bytes | None, bool]:
    """Read at most ``cap`` bytes of a regular file the child may have tampered with."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None, False
    try:
        import stat

        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None, False
        chunks = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        return data[:cap], len(data) > cap
    finally:
        os.close(fd)


def _scrub(directory: str, keep: set[str] | None = None) -> None:
    """Empty a scratch directory between tests (every process of the test is dead by now)."""
    import shutil

    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        if keep is not None and name in keep:
            continue
        path = os.path.join(directory, name)
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
        except OSError:
            pass


def _preload(modules: list[str]) -> None:
    for name in modules:
        with contextlib.suppress(ImportError):
            __import__(name)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def main() -> None:
    _prctl(PR_SET_DUMPABLE, 0)
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    _prctl(PR_SET_NO_NEW_PRIVS, 1)
    for sig in _DEFAULT_SIGNALS:
        signal.signal(sig, signal.SIG_DFL)
    global _NO_EXEC_FILTER
    no_exec = os.environ.get("TIKU_NO_EXEC_BPF")
    if no_exec:
        with open(no_exec, "rb") as handle:
            _NO_EXEC_FILTER = _PreparedFilter(handle.read())
    preload = os.environ.get("TIKU_PRELOAD", "")
    _preload([m for m in preload.split(",") if m])
    # Everything alive now is shared with every forked child: keep the collector off those
    # objects, so a child's collections do not touch (and copy) the whole inherited heap.
    import gc

    gc.collect()
    gc.freeze()
    cmd_fd = int(sys.argv[1]) if len(sys.argv) > 1 else CMD_FD
    res_fd = int(sys.argv[2]) if len(sys.argv) > 2 else RES_FD
    commands = os.fdopen(cmd_fd, "r")
    results = os.fdopen(res_fd, "w")
    results.write(json.dumps({"ready": True, "pid": os.getpid()}) + "\n")
    results.flush()
    for line in commands:
        cmd = json.loads(line)
        try:
            reply = _run(cmd)
        except OSError as exc:
            reply = {"error": f"{exc.__class__.__name__}: {exc}", "errno": exc.errno or errno.EIO}
        payload = reply.pop("_payload", b"")
        results.write(json.dumps(reply) + "\n")
        results.flush()
        if payload:
            _write_all(res_fd, payload)


if __name__ == "__main__":
    main()
