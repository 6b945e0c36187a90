"""The hardening layers: seccomp, cgroups, and the refusal to run without them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tiku.bank.package import load_package
from tiku.errors import SandboxError
from tiku.judge.engine import Judge, JudgeSettings
from tiku.judge.languages import LanguageRegistry
from tiku.judge.verdict import Verdict
from tiku.sandbox.doctor import diagnose, ensure_secure
from tiku.sandbox.limits import Limits
from tiku.sandbox.policy import SandboxPolicy
from tiku.sandbox.session import RunRequest, SandboxSession

pytestmark = pytest.mark.slow
LIMITS = Limits(cpu_time_s=3.0, wall_time_s=6.0, memory_kib=256 * 1024, processes=32)


@pytest.fixture
def session():
    with SandboxSession(SandboxPolicy(), "/usr/bin/python3.11") as s:
        yield s


def run_py(session: SandboxSession, code: str, limits: Limits = LIMITS):
    session.put("t.py", code.encode())
    return session.run(RunRequest(argv=["python3"], python_script="/in/t.py", limits=limits))


def test_doctor_reports_every_layer_here() -> None:
    layers = {layer.name: layer for layer in diagnose(SandboxPolicy())}
    assert set(layers) == {
        "namespaces (bubblewrap)",
        "unprivileged host identity",
        "rlimits",
        "seccomp",
        "cgroups (memory, pids)",
        "CPU accounting (cgroup)",
    }
    if os.getuid() == 0:
        assert all(layer.ok for layer in layers.values()), layers


def test_seccomp_denies_sockets_ptrace_and_exec_from_python(session) -> None:
    code = (
        "import ctypes, os, socket, subprocess\n"
        "out = []\n"
        "for fam in (socket.AF_INET, socket.AF_INET6, socket.AF_NETLINK, socket.AF_PACKET):\n"
        "    try:\n        socket.socket(fam, socket.SOCK_RAW if fam != socket.AF_INET else socket.SOCK_STREAM)\n"
        "        out.append('open')\n"
        "    except OSError as e:\n        out.append(e.errno)\n"
        "libc = ctypes.CDLL(None, use_errno=True)\n"
        "out.append(libc.ptrace(16, os.getppid(), 0, 0) == -1 and ctypes.get_errno())\n"
        "out.append(libc.syscall(272, 0x10000000) == -1 and ctypes.get_errno())  # unshare\n"
        "try:\n    subprocess.run(['/bin/true']); out.append('exec ok')\n"
        "except OSError as e:\n    out.append('exec ' + str(e.errno))\n"
        "a, b = socket.socketpair(); out.append('unix ok')\n"
        "print(out)\n"
    )
    out = run_py(session, code).stdout.decode()
    assert "open" not in out and "exec ok" not in out
    assert "[97, 97, 97, 97, 1, 1, 'exec 1', 'unix ok']" in out


def test_native_programs_may_exec_but_not_open_inet_sockets(session) -> None:
    out = session.run(RunRequest(argv=["/bin/sh", "-c", "echo shell-ok"], limits=LIMITS))
    assert out.stdout == b"shell-ok\n"


def test_memory_across_processes_is_capped_by_the_cgroup(session) -> None:
    if session._cgroup is None:
        pytest.skip("no cgroup on this machine")
    code = (
        "import os, time\n"
        "for i in range(8):\n"
        "    if os.fork() == 0:\n"
        "        x = bytearray(200 * 1024 * 1024)\n"
        "        for j in range(0, len(x), 4096): x[j] = 1\n"
        "        time.sleep(10); os._exit(0)\n"
        "time.sleep(10)\n"
    )
    out = run_py(session, code)
    assert out.oom_killed


_TREE_OVER_LIMIT = (
    "import os, time\n"
    "r, w = os.pipe()\n"
    "for i in range(3):\n"
    "    if os.fork() == 0:\n"
    "        x = b'\\1' * (108 << 20)\n"  # 3 x 108 MiB = 324 MiB against 256 MiB
    "        os.write(w, b'x'); time.sleep(1); os._exit(0)\n"
    "os.close(w)\n"
    "print(len(os.read(r, 3) + os.read(r, 3) + os.read(r, 3)))\n"
)


def test_a_tree_over_the_limit_is_stopped_and_one_process_near_it_is_not(session) -> None:
    """The cap is the limit (plus output and a small slack) over what the sandbox already holds:
    no fixed headroom for the supervisor that a run's process tree could use."""
    if session._cgroup is None:
        pytest.skip("no cgroup on this machine")
    limits = Limits(
        cpu_time_s=3.0, wall_time_s=6.0, memory_kib=256 * 1024, output_kib=8 * 1024, processes=32
    )
    out = run_py(session, _TREE_OVER_LIMIT, limits)
    assert out.oom_killed, out
    single = "x = b'\\1' * (225 << 20)\nprint(len(x) >> 20)\n"
    out = run_py(session, single, limits)
    assert not out.oom_killed and out.stdout == b"225\n", out


def test_file_cache_a_run_read_in_is_not_lent_to_the_next_run() -> None:
    """Pages of host files a run reads first are charged to the sandbox's group, but the kernel
    drops them under pressure: they must not raise the next run's cap above its limit."""
    limits = Limits(
        cpu_time_s=3.0, wall_time_s=6.0, memory_kib=256 * 1024, output_kib=8 * 1024, processes=32
    )
    with tempfile.TemporaryDirectory(dir="/var/tmp") as where:  # on disk: its cache can be dropped
        big = Path(where) / "big"
        with big.open("wb") as handle:
            for _ in range(160):
                handle.write(os.urandom(1 << 20))
            handle.flush()
            os.fsync(handle.fileno())
            os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        os.chmod(where, 0o755)
        with SandboxSession(SandboxPolicy(), "/usr/bin/python3.11", extra_ro_paths=[where]) as s:
            if s._cgroup is None:
                pytest.skip("no cgroup on this machine")
            reader = f"with open({str(big)!r}, 'rb') as f:\n    while f.read(1 << 20): pass\n"
            before = int((s._cgroup.memory_dir / _USAGE[s._cgroup.version]).read_text())
            assert run_py(s, reader, limits).exit_code == 0
            after = int((s._cgroup.memory_dir / _USAGE[s._cgroup.version]).read_text())
            if after - before < 100 << 20:
                pytest.skip("the file's pages were not charged to the sandbox here")
            out = run_py(s, _TREE_OVER_LIMIT, limits)
            assert out.oom_killed, out


_USAGE = {1: "memory.usage_in_bytes", 2: "memory.current"}


def test_fork_bomb_is_bounded(session) -> None:
    code = (
        "import os\nn = 0\n"
        "try:\n    while True:\n        if os.fork() == 0:\n            import time; time.sleep(30)\n"
        "        n += 1\n"
        "except OSError:\n    print('stopped at', n)\n"
    )
    out = run_py(session, code)
    count = int(out.stdout.split()[-1])
    assert count <= LIMITS.processes + 16


def test_cgroups_are_removed_with_the_session() -> None:
    with SandboxSession(SandboxPolicy(), "/usr/bin/python3.11") as s:
        group = s._cgroup
        if group is None:
            pytest.skip("no cgroup on this machine")
        dirs = list(group._dirs)
        assert all(d.is_dir() for d in dirs)
    assert not any(d.exists() for d in dirs)


def test_missing_layer_is_refused_unless_insecure(tmp_path: Path) -> None:
    broken = SandboxPolicy(cgroup_root=str(tmp_path / "no-cgroups"))
    with pytest.raises(SandboxError, match="--insecure"):
        ensure_secure(broken)
    fixtures = Path(__file__).parents[1] / "fixtures" / "packages" / "aplusb"
    package = load_package(fixtures)
    judge = Judge(JudgeSettings(policy=broken), LanguageRegistry.load())
    with pytest.raises(SandboxError):
        judge.judge(package, "print(1)\n", judge.languages.get("python3"))
    insecure = SandboxPolicy(cgroup_root=str(tmp_path / "no-cgroups"), insecure=True)
    judge = Judge(JudgeSettings(policy=insecure), LanguageRegistry.load())
    source = (fixtures / "submissions/accepted/sol.py").read_text()
    assert judge.judge(package, source, judge.languages.get("python3")).verdict == Verdict.AC


ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0, reason="the judge runs as root only here")


@ROOT_ONLY
def test_a_root_judge_runs_its_sandboxes_as_an_unprivileged_host_user(session) -> None:
    assert session._cgroup is not None
    session.put("t.py", b"import time\ntime.sleep(1)\n")
    pending = session.send(RunRequest(argv=["python3"], python_script="/in/t.py", limits=LIMITS))
    pids = Path(session._cgroup.procs_files[0]).read_text().split()
    owners = {os.stat(f"/proc/{pid}").st_uid for pid in pids if os.path.exists(f"/proc/{pid}")}
    session.receive(pending)
    assert owners == {65534}, owners


@ROOT_ONLY
def test_sandbox_of_a_root_judge_cannot_change_host_device_nodes() -> None:
    code = (
        "import os\n"
        "try:\n    os.chmod('/dev/null', 0o666); print('changed')\n"
        "except OSError as e:\n    print('denied', e.errno)\n"
    )
    with SandboxSession(SandboxPolicy(), "/usr/bin/python3.11") as safe:
        assert run_py(safe, code).stdout == b"denied 1\n"
    # What the host identity prevents: a sandbox started by root without it is host root.
    with SandboxSession(SandboxPolicy(host_uid=None), "/usr/bin/python3.11") as unsafe:
        assert run_py(unsafe, code).stdout == b"changed\n"


@ROOT_ONLY
def test_paths_the_host_user_cannot_reach_are_still_bound() -> None:
    """e.g. a pyenv build under root's 0700 home: bound through a private mount namespace."""
    with tempfile.TemporaryDirectory(dir="/var/tmp") as where:  # the sandbox's /tmp is its own
        _check_private_bind(Path(where) / "private")


def _check_private_bind(hidden: Path) -> None:
    (hidden / "prefix").mkdir(parents=True)
    (hidden / "prefix" / "data.txt").write_text("reachable\n")
    os.chmod(hidden / "prefix", 0o755)
    os.chmod(hidden, 0o700)
    mounts_before = Path("/proc/self/mountinfo").read_text()
    prefix = str(hidden / "prefix")
    with SandboxSession(SandboxPolicy(), "/usr/bin/python3.11", extra_ro_paths=[prefix]) as s:
        out = run_py(s, f"print(open({prefix + '/data.txt'!r}).read(), end='')\n")
        assert out.stdout == b"reachable\n", out
    assert Path("/proc/self/mountinfo").read_text() == mounts_before


def test_exec_once_lets_the_program_start_and_nothing_after_it(session) -> None:
    """The supervisor's exec of the program goes through; every later execve fails (EPERM)."""
    script = "/bin/echo first-ran; /bin/echo second-ran; echo exit=$?"
    free = session.run(RunRequest(argv=["/bin/sh", "-c", script], limits=LIMITS))
    assert free.stdout == b"first-ran\nsecond-ran\nexit=0\n", free
    once = session.run(RunRequest(argv=["/bin/sh", "-c", script], limits=LIMITS, exec_once=True))
    assert b"first-ran" not in once.stdout and b"exit=126" in once.stdout, once
    assert b"Operation not permitted" in once.stderr, once
