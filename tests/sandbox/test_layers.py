"""The hardening layers: seccomp, cgroups, and the refusal to run without them."""

from __future__ import annotations

import os
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


def run_py(session: SandboxSession, code: str):
    session.put("t.py", code.encode())
    return session.run(RunRequest(argv=["python3"], python_script="/in/t.py", limits=LIMITS))


def test_doctor_reports_every_layer_here() -> None:
    layers = {layer.name: layer for layer in diagnose(SandboxPolicy())}
    assert set(layers) == {
        "namespaces (bubblewrap)",
        "rlimits",
        "seccomp",
        "cgroups (memory, pids)",
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
