"""A warm sandbox: one bubblewrap container with a supervisor inside, reused for many runs.

The host side of the protocol in :mod:`tiku.sandbox.supervisor`. The host only ever *writes* into the
sandbox (files in a directory the sandbox sees read-only); everything that comes back (output,
errors, a driver's result, a validator's feedback) is read by the supervisor inside the sandbox with a
cap and sent over a pipe. So no host-side code opens a path the sandbox could have replaced with a
symlink, and nothing the sandbox writes lands on the host's disk: its writable places are tmpfs
mounts of bounded size that vanish with it.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import marshal
import os
import resource
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import TracebackType
from typing import cast

from tiku.errors import SandboxError
from tiku.sandbox import bootstrap, cgroups, identity, leftovers, seccomp
from tiku.sandbox.limits import Limits
from tiku.sandbox.outcome import RunOutcome
from tiku.sandbox.policy import SandboxPolicy, supervisor_target

SANDBOX_UID = 65534
SANDBOX_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"}
STDERR_CAP_BYTES = 64 * 1024
READ_CHUNK_BYTES = 64 * 1024
DONE_LINE = b'{"done":true}\n'  # the supervisor's word that a run's processes are all gone
RESULT_CAP_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class RunRequest:
    """One program run inside a session."""

    argv: Sequence[str]
    limits: Limits
    stdin: str | None = None
    python_script: str | None = None
    result_channel: bool = False
    collect: Mapping[str, str] = field(default_factory=dict)
    env: Mapping[str, str] = field(default_factory=dict)
    cwd: str = "/tmp"
    stderr_cap_bytes: int = STDERR_CAP_BYTES
    mkdirs: Sequence[str] = ()
    snapshot_box: bool = False  # remember what /box holds after this run (a compilation)
    collect_cap_bytes: int = STDERR_CAP_BYTES
    # More runs like this one will follow (the tests of a submission): once it is over, the
    # supervisor forks and sets up the child for the next one while the host prepares its input.
    prefork: bool = False
    scan_imports: Sequence[str] = ()  # more Python files whose standard imports to preload
    # The program's own execve is the only one its process tree may make (see the supervisor's
    # ``_exec_once``): for runtimes that start no programs, e.g. the JVM.
    exec_once: bool = False


@dataclass
class PendingRun:
    """A run sent to the supervisor whose outcome has not been read yet."""

    request: RunRequest
    collect: list[list[object]]
    start: float
    failed: bool = False
    done: bool = False  # the supervisor said every process of the run is gone
    group_cpu: list[float] = field(default_factory=list)  # the cgroup's CPU time at start, end


@dataclass
class SandboxSession:
    """A running sandbox. Use as a context manager; ``run`` may be called many times.

    ``files`` are host paths copied into ``/in`` (read-only inside) before start; ``put`` adds or
    replaces one between runs. ``/box`` is a writable tmpfs that survives between runs (compiled
    programs live there); ``/tmp`` and ``/out`` are emptied after every run.
    """

    policy: SandboxPolicy
    interpreter: str
    preload: Sequence[str] = ()
    extra_ro_paths: Sequence[str] = ()
    # (host path, where the sandbox sees it) pairs, read-only: for paths that may lie where the
    # sandbox has mounts of its own (e.g. under /tmp).
    ro_mounts: Sequence[tuple[str, str]] = ()
    box_size_bytes: int = 512 * 1024 * 1024
    scratch_size_bytes: int = 256 * 1024 * 1024
    _host_dir: Path | None = None
    _proc: subprocess.Popen[bytes] | None = None
    _cmd_w: int | None = None
    _res_r: int | None = None
    _buffer: bytearray = field(default_factory=bytearray)
    _cgroup: cgroups.SandboxCgroup | None = None
    _eof: bool = False
    _box_keep: set[str] = field(default_factory=set)
    _in_fd: int | None = None
    _in_flight: bool = False
    _go_w: int | None = None
    # The last run's command without its input, when the supervisor keeps a child armed for the
    # next one like it: such a run is started with just its input's path on the go pipe.
    _template: dict[str, object] | None = None
    _armed_reads: frozenset[str] = frozenset()
    _ready: bool = False  # the supervisor's greeting has been read
    _last_command: (
        tuple[tuple[RunRequest, tuple[str, ...]], list[list[object]], dict[str, object]] | None
    ) = None

    # -- lifecycle ---------------------------------------------------------------------------
    def __enter__(self) -> SandboxSession:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def in_dir(self) -> Path:
        if self._host_dir is None:
            self._host_dir = Path(
                tempfile.mkdtemp(prefix=leftovers.name_prefix(), dir=self.policy.host_work_root())
            )
            (self._host_dir / "in").mkdir()
            # Readable by the sandbox's host user, whatever the judge's umask.
            os.chmod(self._host_dir / "in", 0o755)
            os.chmod(self._host_dir, 0o755)
        return self._host_dir / "in"

    def put(self, name: str, data: bytes) -> None:
        """Write a file the sandbox can read at ``/in/NAME`` (never through a symlink)."""
        if "/" in name or name in ("", ".", ".."):
            raise ValueError(f"bad sandbox file name {name!r}")
        if f"/in/{name}" in self._armed_reads:
            # The armed child has read (compiled) the old file: the next run gets a fresh one.
            self._template = None
            self._armed_reads = frozenset()
        if self._in_fd is None:
            self._in_fd = os.open(self.in_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        dir_fd = self._in_fd
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name, dir_fd=dir_fd)
        fd = os.open(
            name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=dir_fd
        )
        try:
            os.fchmod(fd, 0o644)
            _write_all(fd, data)
        finally:
            os.close(fd)

    def put_file(self, name: str, source: Path) -> None:
        self.put(name, source.read_bytes())

    def start(self) -> None:
        self.spawn()
        self.wait_ready()

    def spawn(self) -> None:
        """Start the sandbox's processes (``wait_ready`` waits for its supervisor). bubblewrap
        dies with the *thread* that spawned it: spawn from a thread that outlives the session."""
        host_user = self._host_user()
        in_dir = self.in_dir
        supervisor = self._supervisor_file()
        env = {**SANDBOX_ENV, "TIKU_PRELOAD": ",".join(self.preload)}
        use_seccomp = self.policy.seccomp and (not self.policy.insecure or seccomp.available())
        if use_seccomp:
            self.put(".tiku-no-exec.bpf", seccomp.no_exec_filter_bpf())
            env["TIKU_NO_EXEC_BPF"] = "/in/.tiku-no-exec.bpf"
        procs_files: list[str] = []
        if self.policy.cgroups:
            try:
                self._cgroup = cgroups.SandboxCgroup.create(
                    self.policy.cgroup_root, self.policy.cgroup_parent
                )
                procs_files = self._cgroup.procs_files
            except SandboxError:
                if not self.policy.insecure:
                    raise
        keep_fds: list[int] = []  # the sandbox's ends, closed here once it has them
        ours: list[int] = []
        try:
            cmd_r, cmd_w = os.pipe()  # commands in
            ours.append(cmd_w)
            keep_fds.append(cmd_r)
            res_r, res_w = os.pipe()  # replies out
            ours.append(res_r)
            keep_fds.append(res_w)
            go_r, go_w = os.pipe()  # an armed child's start signal
            ours.append(go_w)
            keep_fds.append(go_r)
            private_binds = self._private_binds() if host_user is not None else None
            argv = self._argv(private_binds, use_seccomp, str(in_dir), supervisor, env, keep_fds)
            binds = (
                identity.PrivateBinds([(path, mount) for path, mount, _ in private_binds])
                if private_binds
                else None
            )
            self._popen(argv, keep_fds, host_user, binds, procs_files)
        except BaseException:
            for fd in ours:
                os.close(fd)
            raise
        finally:
            for fd in keep_fds:
                os.close(fd)
        self._cmd_w, self._res_r, self._go_w = cmd_w, res_r, go_w

    def _argv(
        self,
        private_binds: list[tuple[str, str, str]] | None,
        use_seccomp: bool,
        in_dir: str,
        supervisor: str,
        env: Mapping[str, str],
        keep_fds: list[int],
    ) -> list[str]:
        """bubblewrap's command line; the fds it needs are added to ``keep_fds``."""
        cmd_r, res_w, go_r = (str(fd) for fd in keep_fds)
        seccomp_fd = None
        if use_seccomp:
            seccomp_fd = os.memfd_create("tiku-seccomp", 0)
            keep_fds.append(seccomp_fd)
            os.write(seccomp_fd, seccomp.sandbox_filter_bpf())
            os.lseek(seccomp_fd, 0, os.SEEK_SET)
        extra_ro_paths = list(self.extra_ro_paths)
        extra_ro_binds = [(path, inside) for path, inside in self.ro_mounts if os.path.exists(path)]
        if private_binds is not None:
            # Bound from where the judge's private mount namespace put them (see PrivateBinds).
            extra_ro_binds = [(mount, inside) for _, mount, inside in private_binds]
            extra_ro_paths = []
        argv = self.policy.bwrap_argv(
            in_dir=in_dir,
            supervisor=supervisor,
            extra_ro_paths=extra_ro_paths,
            extra_ro_binds=extra_ro_binds,
            box_size_bytes=self.box_size_bytes,
            scratch_size_bytes=self.scratch_size_bytes,
            env=env,
            seccomp_fd=seccomp_fd,
        )
        return [
            *argv,
            self.interpreter,
            "-S",
            "-I",
            "-B",
            supervisor_target(supervisor),
            cmd_r,
            res_w,
            go_r,
        ]

    def _popen(
        self,
        argv: list[str],
        keep_fds: list[int],
        host_user: identity.HostIdentity | None,
        binds: identity.PrivateBinds | None,
        procs_files: list[str],
    ) -> None:
        personality = _personality_call() if self.policy.fixed_layout else None

        def prepare_child() -> None:
            _raise_stack_limit()
            if personality is not None:
                # The same addresses in every run: a program's memory layout (and so its speed
                # and e.g. the order of a set of objects hashed by address) is reproducible.
                personality(personality(QUERY_PERSONALITY) | ADDR_NO_RANDOMIZE)
            cgroups.join(procs_files)
            if binds is not None:
                binds.apply()
            if host_user is not None:
                host_user.become()  # after joining the cgroups and binding (root may, not nobody)

        try:
            self._proc = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                # Nothing of the judge's environment may reach any process of the sandbox (not
                # even in the initial environment block of bwrap itself, readable in /proc).
                env=dict(SANDBOX_ENV),
                pass_fds=tuple(keep_fds),
                preexec_fn=prepare_child,
                start_new_session=True,
                cwd="/",
            )
        except OSError as exc:
            raise SandboxError(f"cannot start the sandbox ({argv[0]}): {exc}") from exc

    def wait_ready(self) -> None:
        """Wait for the supervisor's greeting (may run in another thread than ``spawn``); at once
        if it came already."""
        if self._ready:
            return
        hello = self._read_line(timeout_s=30.0)
        if hello is None or not json.loads(hello).get("ready"):
            err = self._stderr_tail()
            self.close()
            raise SandboxError(f"the sandbox did not start: {err or 'no message'}")
        self._ready = True

    def _host_user(self) -> identity.HostIdentity | None:
        """The unprivileged host user a root judge's sandbox runs as (None: the judge's own)."""
        wanted = identity.wanted(self.policy.host_uid)
        if wanted is None:
            return None
        why_not = identity.drop_works(self.policy.bwrap, wanted)
        if why_not is None:
            return wanted
        if self.policy.insecure:
            return None  # refused by ``doctor.ensure_secure`` unless insecure was asked for
        raise SandboxError(
            f"cannot start a sandbox as host uid {wanted.uid} ({why_not}): unprivileged user "
            "namespaces are needed, or pass --insecure to run sandboxes as host root"
        )

    def _private_binds(self) -> list[tuple[str, str, str]]:
        """(host path, mount point in our work directory, where the sandbox sees it) for each
        extra read-only path."""
        assert self._host_dir is not None
        wanted = [(p, p) for p in self.extra_ro_paths] + list(self.ro_mounts)
        found = []
        for index, (path, inside) in enumerate(p for p in wanted if os.path.exists(p[0])):
            mount = self._host_dir / f"ro{index}"
            if os.path.isdir(path):
                mount.mkdir(exist_ok=True)
            else:
                mount.touch()
            mount.chmod(0o755)
            found.append((path, str(mount), inside))
        return found

    def _supervisor_file(self) -> str:
        """The supervisor's bytecode for this interpreter (or else its source), beside ``/in``:
        where the sandbox's host user can read it."""
        compiled = bootstrap.compiled_supervisor(self.interpreter, self.policy.bytecode_cache_dir)
        assert self._host_dir is not None
        if compiled is None:
            path = self._host_dir / "supervisor.py"
            path.write_bytes(resources.files("tiku.sandbox").joinpath("supervisor.py").read_bytes())
        else:
            path = self._host_dir / "supervisor.pyc"
            path.write_bytes(compiled)
        path.chmod(0o644)
        return str(path)

    def kill(self) -> None:
        """Kill everything running in the sandbox, from any thread, without closing anything:
        the thread using it sees the sandbox die and hands it back, to be closed as usual."""
        proc = self._proc
        if proc is not None:
            with contextlib.suppress(OSError):
                os.killpg(proc.pid, signal.SIGKILL)
        group = self._cgroup
        if group is not None:
            group.kill_all()

    def close(self) -> None:
        for fd in (self._cmd_w, self._res_r, self._go_w):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._cmd_w = self._res_r = self._go_w = None
        self._template = None
        if self._proc is not None:
            with contextlib.suppress(OSError):
                os.killpg(self._proc.pid, 9)
            self._proc.wait()
            if self._proc.stderr is not None:
                self._proc.stderr.close()
            self._proc = None
        if self._cgroup is not None:
            self._cgroup.destroy()
            self._cgroup = None
        if self._in_fd is not None:
            os.close(self._in_fd)
            self._in_fd = None
        if self._host_dir is not None:
            shutil.rmtree(self._host_dir, ignore_errors=True)
            self._host_dir = None

    @property
    def box_files(self) -> list[str]:
        """What the last compilation left in ``/box`` (kept there between runs)."""
        return sorted(self._box_keep)

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    # -- runs --------------------------------------------------------------------------------
    def run(self, request: RunRequest) -> RunOutcome:
        """Run one program; a dead or wedged sandbox is reported, never raised."""
        return self.receive(self.send(request))

    def send(self, request: RunRequest) -> PendingRun:
        """Start one run; ``receive`` waits for it (one run at a time per session)."""
        if self._cmd_w is None or not self.alive:
            raise SandboxError("the sandbox is not running")
        if self._in_flight:
            raise SandboxError("a run is already in progress in this sandbox")
        collect, cmd = self._command(request)
        limits = request.limits
        if self._cgroup is not None:
            # Files the run writes to the sandbox's tmpfs are memory too: its output is allowed.
            run_bytes = (limits.memory_kib + limits.overhead_kib + limits.output_kib) * 1024
            self._cgroup.set_limits(run_bytes, limits.processes)
        start = time.monotonic()
        del cmd["stdin"]
        stdin = request.stdin
        if stdin is not None and ("\n" in stdin or not stdin):
            raise ValueError(f"bad input path {stdin!r}")
        armed = self._template is not None and self._template == cmd
        self._template = cmd if request.prefork else None
        group_cpu = self._group_cpu()
        # What an armed child reads before its input: a file put there since makes it stale.
        self._armed_reads = frozenset(
            path for path in (request.python_script, *request.scan_imports) if path is not None
        )
        try:
            if armed:
                assert self._go_w is not None
                _write_all(self._go_w, (stdin or "").encode() + b"\n")
            else:
                body = marshal.dumps({**cmd, "stdin": stdin})
                _write_all(self._cmd_w, len(body).to_bytes(4, "little") + body)
        except OSError:
            return PendingRun(request, collect, start, failed=True)
        self._in_flight = True
        return PendingRun(request, collect, start, group_cpu=group_cpu)

    def _command(self, request: RunRequest) -> tuple[list[list[object]], dict[str, object]]:
        """What to collect and the supervisor's command for ``request`` (the same for every test
        of a submission: made once)."""
        key = (request, tuple(sorted(self._box_keep)))
        if self._last_command is not None and self._last_command[0] == key:
            return self._last_command[1], dict(self._last_command[2])
        limits = request.limits
        memory_bytes = limits.memory_kib * 1024
        output_bytes = limits.output_kib * 1024
        collect: list[list[object]] = [
            ["stdout", "/out/stdout", output_bytes],
            ["stderr", "/out/stderr", request.stderr_cap_bytes],
        ]
        if request.result_channel:
            collect.append(["result", "/out/result", RESULT_CAP_BYTES])
        for name, path in request.collect.items():
            collect.append([name, path, request.collect_cap_bytes])
        cmd = {
            "argv": list(request.argv),
            "python": request.python_script is not None,
            "script": request.python_script,
            "stdin": request.stdin,
            "stdout": "/out/stdout",
            "stderr": "/out/stderr",
            "result": "/out/result" if request.result_channel else None,
            "cwd": request.cwd,
            "env": {**SANDBOX_ENV, **request.env},
            "cpu_s": limits.cpu_time_s,
            "wall_s": limits.wall_time_s,
            "address_space_bytes": memory_bytes if limits.address_space else None,
            "stack_bytes": memory_bytes,
            # One byte over the cap is allowed to be written, so that exceeding it is visible.
            "fsize_bytes": output_bytes + 1,
            "nproc": limits.processes,
            "nofile": limits.open_files,
            "collect": collect,
            "scrub": ["/tmp", "/out", "/dev/shm"],
            # /box keeps what the compilation left there, and only that.
            "scrub_keep": {} if request.snapshot_box else {"/box": sorted(self._box_keep)},
            "snapshot": request.snapshot_box,
            "mkdirs": list(request.mkdirs),
            "arm": request.prefork,
            "exec_once": request.exec_once,
            "scan_imports": list(request.scan_imports),
        }
        self._last_command = (key, collect, cmd)
        return collect, dict(cmd)

    def wait_done(self, pending: PendingRun) -> None:
        """Wait until every process of the run is gone (the supervisor says so before it measures
        and collects); ``receive`` then reads the outcome. Returns early if the sandbox died."""
        if pending.done or pending.failed:
            return
        pending.done = True
        line = self._peek_line(timeout_s=pending.request.limits.wall_time_s + 10.0)
        if line == DONE_LINE:
            del self._buffer[: len(line)]
        pending.group_cpu += self._group_cpu()

    def receive(self, pending: PendingRun) -> RunOutcome:
        """The outcome of a run started with ``send``."""
        request, collect, start = pending.request, pending.collect, pending.start
        if pending.failed:
            return self._died(start)
        self._in_flight = False
        timeout_s = request.limits.wall_time_s + 10.0
        if not pending.done:
            self.wait_done(pending)
        line = self._read_line(timeout_s=timeout_s)
        if line is None:
            # End of file: the supervisor died (killed by the run). No answer in time: it is
            # frozen or starved, which only the run can have caused.
            return self._died(start, wedged=not self._eof)
        reply = json.loads(line)
        if request.snapshot_box and "box" in reply:
            self._box_keep = set(reply["box"])
        if "error" in reply:
            self._template = None  # the supervisor armed nothing
            raise SandboxError(f"the sandbox could not run the program: {reply['error']}")
        files: dict[str, bytes | None] = {}
        truncated = False
        for entry, info in zip(collect, reply["files"], strict=True):
            name = str(entry[0])
            if info is None:
                files[name] = None
                continue
            size, was_truncated = info
            data = self._read_exact(size, timeout_s=30.0)
            if data is None:
                return self._died(start)
            files[name] = data
            truncated = truncated or (name == "stdout" and was_truncated)
        extra = {k: v for k, v in files.items() if k not in ("stdout", "stderr", "result")}
        return RunOutcome(
            exit_code=reply["exit_code"],
            signal=reply["signal"],
            cpu_time_s=_cpu_time(reply, pending.group_cpu),
            wall_time_s=float(reply["wall_s"]),
            peak_memory_kib=int(reply["maxrss_kib"]),
            timed_out_wall=bool(reply["timed_out"]),
            stdout=files.get("stdout") or b"",
            stderr=files.get("stderr") or b"",
            result=files.get("result"),
            output_truncated=truncated,
            oom_killed=self._cgroup is not None and self._cgroup.take_oom_kill(),
            extra_files=extra,
        )

    def _died(self, start: float, wedged: bool = False) -> RunOutcome:
        """The supervisor vanished or stopped answering: the run's code killed or froze it."""
        wall = time.monotonic() - start
        self.close()
        return RunOutcome(
            exit_code=None,
            signal=9,
            cpu_time_s=0.0,
            wall_time_s=wall,
            peak_memory_kib=0,
            timed_out_wall=wedged,
            stdout=b"",
            stderr=b"",
            sandbox_died=True,
        )

    # -- pipe plumbing -----------------------------------------------------------------------
    def _fill(self, deadline: float) -> bool:
        assert self._res_r is not None
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        ready, _, _ = select.select([self._res_r], [], [], remaining)
        if not ready:
            return False
        # Not more per call: a larger buffer is mmapped and unmapped by malloc on every read.
        chunk = os.read(self._res_r, READ_CHUNK_BYTES)
        if not chunk:
            self._eof = True
            return False
        self._buffer += chunk
        return True

    def _read_line(self, timeout_s: float) -> str | None:
        line = self._peek_line(timeout_s)
        if line is None:
            return None
        del self._buffer[: len(line)]
        return line[:-1].decode()

    def _group_cpu(self) -> list[float]:
        value = self._cgroup.cpu_seconds() if self._cgroup is not None else None
        return [] if value is None else [value]

    def _peek_line(self, timeout_s: float) -> bytes | None:
        """The next line (with its newline), left in the buffer."""
        deadline = time.monotonic() + timeout_s
        while b"\n" not in self._buffer:
            if self._res_r is None or not self._fill(deadline):
                return None
        return bytes(self._buffer[: self._buffer.index(b"\n") + 1])

    def _read_exact(self, size: int, timeout_s: float) -> bytes | None:
        deadline = time.monotonic() + timeout_s
        while len(self._buffer) < size:
            if self._res_r is None or not self._fill(deadline):
                return None
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def _stderr_tail(self) -> str:
        if self._proc is None or self._proc.stderr is None:
            return ""
        if self._proc.poll() is None:
            return ""
        return self._proc.stderr.read(4096).decode(errors="replace").strip()


# How much more CPU the sandbox's cgroup may show than the run's process tree before the cgroup's
# figure is taken: the supervisor's own work and the next child's setup fall in the same window.
GROUP_CPU_SLACK_S = 0.02
GROUP_CPU_SLACK_RATIO = 0.05


def _cpu_time(reply: dict[str, object], group_cpu: list[float]) -> float:
    """The run's CPU time: its process tree's (from ``wait4`` and the reaped children), unless
    the sandbox's cgroup saw clearly more, which only processes the tree's accounting misses can
    cause (children reaped by the kernel because their parent ignores SIGCHLD)."""
    tree = float(reply["cpu_s"])  # type: ignore[arg-type]
    if len(group_cpu) != 2:
        return tree
    seen = group_cpu[1] - group_cpu[0] - float(reply.get("setup_cpu_s", 0.0))  # type: ignore[arg-type]
    if seen > tree * (1 + GROUP_CPU_SLACK_RATIO) + GROUP_CPU_SLACK_S:
        return seen
    return tree


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


ADDR_NO_RANDOMIZE = 0x0040000
QUERY_PERSONALITY = 0xFFFFFFFF


def _personality_call() -> Callable[[int], int]:
    """libc's personality(2), resolved before forking (nothing may be loaded in the child)."""
    call = ctypes.CDLL(None, use_errno=True).personality
    call.argtypes = [ctypes.c_ulong]
    call.restype = ctypes.c_int
    return cast("Callable[[int], int]", call)


def _raise_stack_limit() -> None:
    """Let the sandbox's stacks grow as far as each run's limit allows (set per run)."""
    resource.setrlimit(resource.RLIMIT_STACK, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
