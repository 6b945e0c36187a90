"""The warm process that lives inside a sandbox and runs one test at a time.

It is started once per sandbox (``python -S -I supervisor.py``), reads commands on fd 3 (each a
4-byte length and a ``marshal``-encoded dict of plain values, written by the host) and answers each
with one JSON line on fd 4, followed by the bytes of the files it collected. For every test it
forks: the child sets its limits, wires its standard streams to files in the sandbox and then
either ``exec``s a program (compiled languages, compilers, validators) or runs Python source in the
forked interpreter (``"python": true``), which saves an interpreter start per test.

Speed: on a virtual machine every page a forked child writes costs a copy-on-write fault of a few
microseconds, and every page the supervisor has mapped makes each fork and exit dearer. So the
supervisor imports little (no ``json``, ``typing`` or ``contextlib``), preloads only the standard
modules the script imports, compiles the script once and creates the standard streams once, and it
forks the child for the next test (``"arm": true``) while the host checks the last one: the child
does its setup ahead and waits for the path of its input on the go pipe (the third argument),
which the host writes to directly. Every reply is preceded by a ``{"done":true}`` line, sent as
soon as every process of the run is gone.

Trust: the child runs untrusted code in the same sandbox, so the supervisor never receives expected
answers or other tests' data, makes itself non-dumpable (no ptrace, no /proc/PID/fd snooping), closes
its channels in the child before user code runs, measures the child with ``wait4`` and, once the child
is gone, kills every other process in the sandbox's PID namespace (``kill(-1)``) and reaps it as the
child subreaper, so that nothing a test started outlives it.

This file is deliberately standard-library only and self-contained: it runs under whichever Python
the sandbox offers.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import marshal
import os
import resource
import select
import stat
import struct
import sys
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    import signal
    from collections.abc import Iterator
    from typing import Any
else:
    import _signal as signal  # the same functions, without the enum module's megabyte

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


def _libc() -> ctypes.CDLL:
    global _LIBC
    if _LIBC is None:
        _LIBC = ctypes.CDLL(None, use_errno=True)
    return _LIBC


def _prctl(option: int, arg: int) -> None:
    _libc().prctl(option, arg, 0, 0, 0)


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

    installed = False  # in this process (and so in every process forked from it since)

    def install(self) -> None:
        if self._libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(self._fprog), 0, 0):
            raise OSError(ctypes.get_errno(), "cannot install the seccomp filter")
        self.installed = True


_NO_EXEC_FILTER: _PreparedFilter | None = None

# Offsets in the kernel's struct seccomp_data, and the classic BPF instructions used below.
_AUDIT_ARCH_X86_64 = 0xC000003E
_X32_SYSCALL_BIT = 0x40000000
_NR_EXECVE = 59
_NR_EXECVEAT = 322
_BPF_LD_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_BPF_JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_BPF_JSET = 0x45  # BPF_JMP | BPF_JSET | BPF_K
_BPF_RET = 0x06  # BPF_RET | BPF_K
_RET_ALLOW = 0x7FFF0000
_RET_EPERM = 0x00050000 | 1


def _exec_once_filter(path_address: int) -> bytes:
    """A filter that lets through one ``execve``: the one whose path is at ``path_address``, the
    buffer the supervisor's child is about to exec from. Once that program runs, its memory is
    its own and its execve calls carry other pointers: they fail with EPERM, as does execveat."""
    low, high = path_address & 0xFFFFFFFF, path_address >> 32

    def op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
        return struct.pack("<HBBI", code, jt, jf, k)

    return b"".join(
        [
            op(_BPF_LD_ABS, 4),  # arch
            op(_BPF_JEQ, _AUDIT_ARCH_X86_64, 1, 0),
            op(_BPF_RET, _RET_EPERM),
            op(_BPF_LD_ABS, 0),  # syscall number
            op(_BPF_JSET, _X32_SYSCALL_BIT, 7, 0),
            op(_BPF_JEQ, _NR_EXECVEAT, 6, 0),
            op(_BPF_JEQ, _NR_EXECVE, 0, 4),
            op(_BPF_LD_ABS, 16),  # args[0], low half
            op(_BPF_JEQ, low, 0, 3),
            op(_BPF_LD_ABS, 20),  # args[0], high half
            op(_BPF_JEQ, high, 0, 1),
            op(_BPF_RET, _RET_ALLOW),
            op(_BPF_RET, _RET_EPERM),
        ]
    )


def _exec_once(argv: list[str], env: dict[str, str]) -> None:
    """Exec the run's program so that it can start no other: for runtimes that cannot make system
    calls of their own choosing (the JVM), this bounds the run to one process tree of threads.
    Returns only where the filter cannot be built here (not x86-64): the caller execs plainly."""
    if os.uname().machine != "x86_64":
        return
    path = ctypes.create_string_buffer(os.fsencode(argv[0]))
    args = (ctypes.c_char_p * (len(argv) + 1))(*[os.fsencode(a) for a in argv], None)
    envp = (ctypes.c_char_p * (len(env) + 1))(
        *[os.fsencode(f"{key}={value}") for key, value in env.items()], None
    )
    _PreparedFilter(_exec_once_filter(ctypes.addressof(path))).install()
    execve = _libc().execve
    execve.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
    execve(ctypes.addressof(path), args, envp)
    raise OSError(ctypes.get_errno(), f"execve {argv[0]}")


def _rlimits(cmd: dict[str, Any]) -> list[tuple[int, tuple[int, int]]]:
    """The resource limits of a run, as (resource, (soft, hard)) pairs."""
    limits: list[tuple[int, tuple[int, int]]] = []
    cpu_s = cmd.get("cpu_s")
    if cpu_s is not None:
        soft = int(cpu_s) + 1
        limits.append((resource.RLIMIT_CPU, (soft, soft + 1)))
    for kind, value in (
        (resource.RLIMIT_AS, cmd.get("address_space_bytes")),
        (resource.RLIMIT_STACK, cmd.get("stack_bytes")),
        (resource.RLIMIT_FSIZE, cmd.get("fsize_bytes")),
        (resource.RLIMIT_NPROC, cmd.get("nproc")),
        (resource.RLIMIT_NOFILE, cmd.get("nofile", 64)),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_MEMLOCK, 0),
        (resource.RLIMIT_MSGQUEUE, 0),
    ):
        if value is not None:
            limits.append((kind, (value, value)))
    return limits


def _set_limits(cmd: dict[str, Any]) -> None:
    for kind, pair in cmd["_rlimits"]:  # worked out before the fork (see ``_before_fork``)
        resource.setrlimit(kind, pair)


def _open_stream(path: str | None, write: bool) -> int:
    if path is None:
        return os.open("/dev/null", os.O_RDWR)
    if write:
        # O_NONBLOCK: a FIFO left in the way fails at once instead of blocking (no effect on the
        # regular file this should be).
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_NONBLOCK
        return os.open(path, flags, 0o600)
    return os.open(path, os.O_RDONLY | os.O_NOFOLLOW)


def _child(cmd: dict[str, Any], armed: tuple[int, int] | None = None) -> None:
    """Runs in the forked child; never returns.

    ``armed`` (the go pipe and an acknowledgement pipe) makes this a pre-forked child: it does
    every step that does not depend on the test (limits, output files, standard streams, the
    no-exec filter), waits for its input's path on the go pipe, then reports the CPU time the
    setup took and when it started, and runs. It holds nothing of any test until its input
    arrives. Every step here is kept lean: each page the child touches is a copy-on-write fault,
    and those faults are most of what a warm run costs.
    """
    try:
        if armed is not None:
            # Out of the way of the standard descriptors the run is about to be given.
            go_fd = fcntl.fcntl(armed[0], fcntl.F_DUPFD, 10)
            ack_fd = fcntl.fcntl(armed[1], fcntl.F_DUPFD, 10)
            os.close(armed[0])
            os.close(armed[1])
        os.setsid()
        fds = [
            _open_stream(cmd.get("stdout"), True),
            _open_stream(cmd.get("stderr"), True),
        ]
        result_path = cmd.get("result")
        if result_path is not None:
            fds.append(_open_stream(result_path, True))
        for target, fd in enumerate(fds, start=1):
            os.dup2(fd, target)
        os.closerange(len(fds) + 1, 10)
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
        code = None
        if cmd.get("python"):
            code = _prepare_python(cmd)
            # Code run in the warm interpreter has no business starting other programs (the
            # filter is usually on already: the supervisor put it on itself, see _before_fork).
            if _NO_EXEC_FILTER is not None and not _NO_EXEC_FILTER.installed:
                _NO_EXEC_FILTER.install()
        stdin = cmd.get("stdin")
        if armed is not None:
            setup_cpu = time.clock_gettime(time.CLOCK_PROCESS_CPUTIME_ID)
            stdin = _read_go(go_fd) or None  # blocks until the host starts this run
            os.write(ack_fd, f"{setup_cpu!r} {time.monotonic()!r}\n".encode())
            os.close(ack_fd)
        os.dup2(_open_stream(stdin, False), 0)
        os.closerange(len(fds) + 1, 1 << 16)
        if code is None:
            if cmd.get("exec_once"):
                _exec_once(cmd["argv"], cmd.get("env") or {})
            os.execve(cmd["argv"][0], cmd["argv"], cmd.get("env") or {})
        _run_python(code, cmd["script"])
    except BaseException as exc:
        try:
            os.write(2, f"tiku: could not start the program: {exc!r}\n".encode())
        finally:
            os._exit(120)


def _read_go(go_fd: int) -> str:
    """One line from the go pipe: the host writes one, whole, and only when a run may start."""
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(go_fd, 4096)
        if not chunk:
            os._exit(0)  # the host is gone
        data += chunk
    return data[:-1].decode()


def _prepare_python(cmd: dict[str, Any]) -> Any:
    """The compiled script of a Python run (its streams, argv and path were set up before the
    fork, in the supervisor: see ``_before_fork``)."""
    path = cmd["script"]
    compiled = _COMPILED.get(path)
    if compiled is not None:
        return compiled[1]
    with open(path, "rb") as handle:
        source = handle.read()
    try:
        return compile(source, path, "exec")
    except BaseException as exc:  # raised again when the run starts, as the interpreter would
        return exc


def _python_process_state(cmd: dict[str, Any]) -> None:
    """What every Python run sees of its process: argv, the script's directory first on the
    path, and text streams on fds 0-2. Set in the supervisor, before forking, so that no child
    writes (and copies) these pages; the supervisor itself never uses them."""
    argv = list(cmd["argv"])
    if sys.argv != argv:
        sys.argv = argv
    folder = os.path.dirname(cmd["script"])
    if not sys.path or sys.path[0] != folder:
        sys.path.insert(0, folder)
    streams = _standard_streams()
    if sys.stdin is not streams[0]:
        sys.stdin, sys.stdout, sys.stderr = streams
        sys.__stdin__, sys.__stdout__, sys.__stderr__ = streams  # type: ignore[misc]


_STREAMS: tuple[Any, Any, Any] | None = None


def _standard_streams() -> tuple[Any, Any, Any]:
    """Text streams on fds 0-2, made once in the supervisor (they hold nothing until used)."""
    global _STREAMS
    if _STREAMS is None:
        import io

        _STREAMS = (
            io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False))),
            io.TextIOWrapper(
                io.BufferedWriter(io.FileIO(1, "w", closefd=False), 1 << 16), write_through=False
            ),
            io.TextIOWrapper(io.FileIO(2, "w", closefd=False), write_through=True),
        )
    return _STREAMS


# Scripts compiled once in the supervisor (path -> (source, code)), shared by every run.
_COMPILED: dict[str, tuple[bytes, Any]] = {}
# The largest script compiled here; bigger ones are compiled by each run itself. Compiling runs
# no code of the script, and the program's compile step has already compiled it within limits.
COMPILE_IN_SUPERVISOR_MAX_BYTES = 256 * 1024


def _before_fork(cmd: dict[str, Any]) -> None:
    """Shared preparation, done once in the supervisor rather than in every forked run."""
    if "_rlimits" not in cmd:
        cmd["_rlimits"] = _rlimits(cmd)
    env = cmd.get("env") or {}
    if os.environ != env:
        # Runs inherit it (execs get ``env`` explicitly); the supervisor itself never uses it.
        os.environ.clear()
        os.environ.update(env)
    if not cmd.get("python"):
        return
    if _NO_EXEC_FILTER is not None and not _NO_EXEC_FILTER.installed:
        # A sandbox that runs Python warm starts no program any more (its compile step runs
        # warm too): the supervisor puts the no-exec filter on itself, once, and every run
        # inherits it instead of installing it.
        _NO_EXEC_FILTER.install()
    _python_process_state(cmd)
    changed = False
    for path in [cmd.get("script"), *cmd.get("scan_imports", [])]:
        if path is not None and _compile_once(path):
            changed = True
    if changed:
        imports: set[str] = set()
        for _, code in _COMPILED.values():
            imports |= _imported_names(code)
        _preload(imports & PRELOADABLE)
        import gc

        gc.collect()
        gc.freeze()


def _compile_once(path: str) -> bool:
    """Compile ``path`` unless its current source is compiled already; whether anything changed."""
    try:
        with open(path, "rb") as handle:
            source = handle.read(COMPILE_IN_SUPERVISOR_MAX_BYTES + 1)
    except OSError:
        return _COMPILED.pop(path, None) is not None
    cached = _COMPILED.get(path)
    if cached is not None and cached[0] == source:
        return False
    _COMPILED.pop(path, None)
    if len(source) > COMPILE_IN_SUPERVISOR_MAX_BYTES:
        return cached is not None
    try:
        code = compile(source, path, "exec")
    except BaseException:  # the run compiles it again and reports the error
        return cached is not None
    _COMPILED[path] = (source, code)
    return True


def _run_python(compiled: Any, path: str) -> None:
    code = 0
    try:
        if isinstance(compiled, BaseException):
            raise compiled
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
    try:
        os.write(2, text.encode())
    except OSError:
        pass


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def _kill_everything_else() -> None:
    """Kill every process of the sandbox except ourselves and reap them all."""
    _kill(-1)
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


Armed = tuple[int, int]  # a pre-forked child: its pid and the pipe it reports its start on


def _arm(cmd: dict[str, Any], go_fd: int) -> Armed:
    """Fork the child for the next run of ``cmd``'s kind now, while the host prepares its input.

    The child waits on ``go_fd``, where the host writes the next input's path; we do not relay
    it (one wake-up less per test). Once it has read it, the child reports the CPU time its
    setup took and when it started, and runs."""
    for directory in cmd.get("mkdirs", []):
        os.makedirs(directory, mode=0o700, exist_ok=True)
    _before_fork(cmd)
    ack_r, ack_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(ack_r)
        _child(cmd, (go_fd, ack_w))
    os.close(ack_w)
    return pid, ack_r


def _disarm(armed: Armed) -> None:
    pid, ack_r = armed
    os.close(ack_r)
    _kill(pid)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _started(armed: Armed) -> tuple[float, float] | None:
    """(setup CPU time, start time) an armed child reports once it has its input; None if it
    ended before that (a setup error, which it wrote on its stderr)."""
    data = b""
    while not data.endswith(b"\n"):
        chunk = os.read(armed[1], 64)
        if not chunk:
            return None
        data += chunk
    setup_cpu, start = data.split()
    return float(setup_cpu), float(start)


def _run(cmd: dict[str, Any]) -> dict[str, Any]:
    """Fork a child for ``cmd`` and see it through."""
    for directory in cmd.get("mkdirs", []):
        os.makedirs(directory, mode=0o700, exist_ok=True)
    _before_fork(cmd)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        _child(cmd)
    return _see_through(cmd, pid, before, start, 0.0)


def _run_armed(cmd: dict[str, Any], armed: Armed, started: tuple[float, float]) -> dict[str, Any]:
    """See an armed child through: it has its input and runs since ``started[1]``."""
    os.close(armed[1])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    setup_cpu, start = started
    return _see_through(cmd, armed[0], before, start, setup_cpu)


def _see_through(
    cmd: dict[str, Any], pid: int, before: Any, start: float, setup_cpu: float
) -> dict[str, Any]:
    """Watch the run's limits, reap it and everything it started, and collect its files."""
    wall_limit = float(cmd.get("wall_s", 10.0))
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
            elif cpu_limit is None or _cpu_seconds(pid) - setup_cpu <= cpu_limit:
                continue
            # Over the wall limit, or over the CPU limit (stopped now rather than at the next
            # whole second, when RLIMIT_CPU would).
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass
            _kill(pid)
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
    # Nothing of the run is alive any more: the host may start another sandbox's test now, while
    # we measure and collect.
    _tell_done()
    # Every process of the run has now been reaped by us (the child with wait4, anything it left
    # behind as orphans of the namespace's init): the children's rusage delta is the CPU time of
    # the whole process tree, including processes the program never waited for.
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    tree_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    files = [_open_capped(path, cap) for _, path, cap in cmd.get("collect", [])]
    box = _snapshot_box() if cmd.get("snapshot") else None
    result: dict[str, Any] = {
        "wall_s": wall_s,
        # What the child spent before its input (setup, done ahead) is not the program's time.
        "cpu_s": max(0.0, max(usage.ru_utime + usage.ru_stime, tree_cpu) - setup_cpu),
        "maxrss_kib": usage.ru_maxrss,
        "timed_out": timed_out,
        "setup_cpu_s": setup_cpu,
    }
    if box is not None:
        result["box"] = box
    result["files"] = [None if f is None else [f[1], f[2]] for f in files]
    result["_payload"] = [(fd, size) for fd, size, _ in (f for f in files if f is not None)]
    if os.WIFSIGNALED(status):
        result["signal"] = os.WTERMSIG(status)
        result["exit_code"] = None
    else:
        result["signal"] = None
        result["exit_code"] = os.WEXITSTATUS(status)
    return result


_RESULTS_FD: int | None = None
DONE_LINE = b'{"done":true}\n'


def _tell_done() -> None:
    if _RESULTS_FD is not None:
        os.write(_RESULTS_FD, DONE_LINE)


# What a compilation left in /box, as it was then: (inode, size, mode, ctime) by name. ctime
# changes with any write, chmod, utime or xattr and cannot be set back.
_BOX_STATE: dict[str, tuple[int, int, int, int]] = {}


def _snapshot_box() -> list[str]:
    _BOX_STATE.clear()
    for entry in os.scandir("/box"):
        info = entry.stat(follow_symlinks=False)
        _BOX_STATE[entry.name] = (info.st_ino, info.st_size, info.st_mode, info.st_ctime_ns)
    return sorted(_BOX_STATE)


def _box_intact() -> bool:
    for name, state in _BOX_STATE.items():
        try:
            info = os.stat(os.path.join("/box", name), follow_symlinks=False)
        except OSError:
            return False
        if (info.st_ino, info.st_size, info.st_mode, info.st_ctime_ns) != state:
            return False
    return True


def _clean(cmd: dict[str, Any]) -> None:
    """Empty the scratch directories after a run (once its reply is sent: the host need not wait
    for it, and the next run of this sandbox starts after it)."""
    _remove_sysv_ipc()
    for directory in cmd.get("scrub", []):
        _scrub(directory)
    for directory, keep in cmd.get("scrub_keep", {}).items():
        _scrub(directory, set(keep))
    if cmd.get("scrub_keep") and not _box_intact():
        # A run changed the compiled program: this sandbox can no longer be trusted to run the
        # submission as compiled. Ending it ends every process in it; the host starts a fresh one.
        os._exit(3)


def _open_capped(path: str, cap: int) -> tuple[int, int, bool] | None:
    """Open a regular file the run may have tampered with: its descriptor, how many bytes to send
    (at most ``cap``) and whether it holds more. The contents never pass through our memory, so
    no later run forked from us can find them there."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        return None
    return fd, min(info.st_size, cap), info.st_size > cap


def _send_file(out_fd: int, fd: int, size: int) -> None:
    """Send exactly ``size`` bytes of ``fd`` (every writer of it is dead: it cannot shrink)."""
    offset = 0
    try:
        while offset < size:
            sent = os.sendfile(out_fd, fd, offset, size - offset)
            if sent == 0:  # cannot happen for a file nobody writes; never send a short payload
                os.write(out_fd, bytes(size - offset))
                break
            offset += sent
    finally:
        os.close(fd)


_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW


# The scratch directories as the sandbox started, put back before each scrub: a run may have
# changed their mode (to keep us from emptying them), their extended attributes or times (to
# carry data into the next test).
_SCRATCH_STATE: dict[str, tuple[int, int, int]] = {}
SCRATCH_ROOTS = ("/tmp", "/out", "/dev/shm", "/box")


def _remember_scratch() -> None:
    for root in SCRATCH_ROOTS:
        try:
            info = os.stat(root)
        except OSError:
            continue
        _SCRATCH_STATE[root] = (stat.S_IMODE(info.st_mode), info.st_atime_ns, info.st_mtime_ns)


def _scrub(directory: str, keep: set[str] | None = None) -> None:
    """Empty a scratch directory between tests and put its own metadata back. Every process of
    the test is dead by now, so nothing can change the tree under us; it may be of any depth
    (paths longer than PATH_MAX) and of any modes (we own every file: we make each directory
    ours to empty first)."""
    state = _SCRATCH_STATE.get(directory)
    if state is not None:
        try:
            os.chmod(directory, state[0])
        except OSError:
            pass
    try:
        top = os.open(directory, _DIR_FLAGS)
    except OSError:
        return
    try:
        for name, is_dir in _entries(top):
            if keep is not None and name in keep:
                continue
            try:
                if is_dir:
                    _remove_tree(top, name)
                else:
                    os.unlink(name, dir_fd=top)
            except OSError:
                pass
        for attribute in _xattrs(top):
            try:
                os.removexattr(top, attribute)
            except OSError:
                pass
        if state is not None:
            os.utime(top, ns=(state[1], state[2]))
    except OSError:
        pass
    finally:
        os.close(top)


def _xattrs(fd: int) -> list[str]:
    try:
        return os.listxattr(fd)
    except OSError:
        return []


def _entries(fd: int) -> list[tuple[str, bool]]:
    with os.scandir(fd) as found:
        return [(e.name, e.is_dir(follow_symlinks=False)) for e in found]


def _remove_tree(parent: int, name: str) -> None:
    """Remove directory ``name`` in ``parent`` and all below it: each directory is listed once
    (no quadratic re-listing of wide trees), at most two descriptors are open (no recursion, no
    path longer than a name; the way back up is ``..``, which nothing can move now)."""
    os.chmod(name, 0o700, dir_fd=parent)
    fd = os.open(name, _DIR_FLAGS, dir_fd=parent)
    way: list[str] = []  # the directories entered below ``name``
    pending: list[list[str]] = [[]]  # per level: subdirectories still to empty
    try:
        listed = False
        while True:
            if not listed:
                for entry, is_dir in _entries(fd):
                    if is_dir:
                        pending[-1].append(entry)
                    else:
                        os.unlink(entry, dir_fd=fd)
            if pending[-1]:
                below = pending[-1].pop()
                os.chmod(below, 0o700, dir_fd=fd)  # a directory (no symlink): ours to empty
                child = os.open(below, _DIR_FLAGS, dir_fd=fd)
                os.close(fd)
                fd = child
                way.append(below)
                pending.append([])
                listed = False
                continue
            if not way:
                break
            up = os.open("..", _DIR_FLAGS, dir_fd=fd)
            os.close(fd)
            fd = up
            os.rmdir(way.pop(), dir_fd=fd)
            pending.pop()
            listed = True  # this level's other subdirectories are still in ``pending``
    finally:
        os.close(fd)
    os.rmdir(name, dir_fd=parent)


def _remove_sysv_ipc() -> None:
    """Delete System V shared memory, semaphores and message queues left in the sandbox's IPC
    namespace: they outlive every process and sit in no directory."""
    for kind, call, args in (("shm", "shmctl", 2), ("sem", "semctl", 3), ("msg", "msgctl", 2)):
        try:
            with open(f"/proc/sysvipc/{kind}", "rb") as handle:
                lines = handle.read().splitlines()[1:]
        except OSError:
            continue
        if not lines:
            continue
        libc = _libc()
        for line in lines:
            ident = int(line.split()[1])
            if args == 2:
                getattr(libc, call)(ident, IPC_RMID, None)
            else:
                getattr(libc, call)(ident, 0, IPC_RMID, None)


IPC_RMID = 0


# Standard modules that are safe to import in the supervisor (their import runs no user code and
# starts nothing): when a script imports one, it is imported once before the runs are forked.
PRELOADABLE = frozenset(
    {
        "abc", "array", "bisect", "calendar", "cmath", "collections", "copy", "dataclasses",
        "datetime", "decimal", "enum", "fractions", "functools", "heapq", "io", "itertools",
        "json", "math", "numbers", "operator", "queue", "random", "re", "statistics", "string",
        "struct", "textwrap", "typing", "unicodedata",
    }
)  # fmt: skip


def _preload(modules: list[str] | set[str]) -> None:
    for name in sorted(modules):
        if name in sys.modules:
            continue
        try:
            __import__(name)
        except ImportError:
            pass


def _imported_names(code: Any) -> set[str]:
    """Top-level names of the modules a compiled script may import (its code and nested code)."""
    names: set[str] = set()
    stack = [code]
    while stack:
        current = stack.pop()
        names.update(name.partition(".")[0] for name in current.co_names)
        stack.extend(c for c in current.co_consts if hasattr(c, "co_names"))
    return names


def _json(value: object) -> str:
    """Encode a reply (None, bools, numbers, strings, lists, string-keyed dicts) as JSON."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + "".join(_json_char(c) for c in value) + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_json(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(_json(str(k)) + ":" + _json(v) for k, v in value.items()) + "}"
    raise TypeError(f"cannot encode {type(value).__name__}")


def _json_char(c: str) -> str:
    code = ord(c)
    if 0x20 <= code < 0x7F and c not in '"\\':
        return c
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _read_exact(fd: int, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _commands(fd: int) -> Iterator[dict[str, Any]]:
    """The host's commands: a 4-byte little-endian length, then a marshalled dict."""
    while True:
        header = _read_exact(fd, 4)
        if header is None:
            return
        body = _read_exact(fd, int.from_bytes(header, "little"))
        if body is None:
            return
        cmd = marshal.loads(body)
        if not isinstance(cmd, dict):
            raise SystemExit("tiku supervisor: a command must be a dict")
        yield cmd


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
    _preload({m for m in os.environ.get("TIKU_PRELOAD", "").split(",") if m})
    _remember_scratch()
    # Everything alive now is shared with every forked child: keep the collector off those
    # objects, so a child's collections do not touch (and copy) the whole inherited heap.
    import gc

    gc.collect()
    gc.freeze()
    cmd_fd = int(sys.argv[1]) if len(sys.argv) > 1 else CMD_FD
    res_fd = int(sys.argv[2]) if len(sys.argv) > 2 else RES_FD
    results = os.fdopen(res_fd, "w")
    global _RESULTS_FD
    _RESULTS_FD = res_fd  # for the early "done" line (``results`` is flushed after each reply)
    results.write(_json({"ready": True, "pid": os.getpid()}) + "\n")
    results.flush()
    go_fd = int(sys.argv[3]) if len(sys.argv) > 3 else None
    commands = _commands(cmd_fd)
    template: dict[str, Any] | None = None  # what a go line on go_fd starts again
    ran: dict[str, Any] = {}
    armed: Armed | None = None
    while True:
        watch = [cmd_fd]
        if armed is not None:
            watch.append(armed[1])
        elif template is not None and go_fd is not None:
            watch.append(go_fd)  # no child is waiting for it: a go line is ours to serve
        ready, _, _ = select.select(watch, [], [])
        try:
            if cmd_fd in ready:
                cmd = next(commands, None)
                if cmd is None:
                    return  # the host is gone
                if armed is not None:
                    _disarm(armed)
                    armed = None
                template = cmd if cmd.get("arm") and go_fd is not None else None
                ran = cmd
                reply = _run(cmd)
            elif armed is not None:
                assert template is not None
                started = _started(armed)
                if started is None:
                    # It ended before its input (a setup error): drop it; the go line, when it
                    # comes, gets a fresh child, which will tell what went wrong.
                    _disarm(armed)
                    armed = None
                    continue
                ran = template
                reply = _run_armed(template, armed, started)
                armed = None
            else:
                assert template is not None and go_fd is not None
                ran = dict(template, stdin=_read_go(go_fd) or None)
                reply = _run(ran)
        except OSError as exc:
            reply = {"error": f"{exc.__class__.__name__}: {exc}", "errno": exc.errno or errno.EIO}
        payload = reply.pop("_payload", [])
        results.write(_json(reply) + "\n")
        results.flush()
        for fd, size in payload:
            _send_file(res_fd, fd, size)
        _clean(ran)
        if "error" in reply:
            template = None
        elif template is not None and go_fd is not None:
            # The next run of the same kind (the next test) finds its child ready.
            try:
                armed = _arm(template, go_fd)
            except OSError:
                armed = None  # we serve the go line ourselves


if __name__ == "__main__":
    main()
