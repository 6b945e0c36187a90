"""Warm runs: children forked ahead of their input, started by the host through the go pipe."""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import pytest

from tiku.sandbox import bootstrap
from tiku.sandbox.limits import Limits
from tiku.sandbox.policy import SandboxPolicy
from tiku.sandbox.session import RunRequest, SandboxSession
from tiku.sandbox.supervisor import _imported_names, _json

LIMITS = Limits(cpu_time_s=2.0, wall_time_s=4.0, memory_kib=256 * 1024)
ECHO = b"import sys\ndata = sys.stdin.read()\nprint(data.upper(), end='')\n"


def warm(script: str = "/in/t.py", limits: Limits = LIMITS) -> RunRequest:
    return RunRequest(
        argv=["python3"], python_script=script, limits=limits, stdin="/in/input", prefork=True
    )


@pytest.fixture
def session():
    with SandboxSession(SandboxPolicy(), "/usr/bin/python3.11") as s:
        yield s


@pytest.mark.slow
def test_each_preforked_run_reads_the_input_put_after_it_was_forked(session) -> None:
    session.put("t.py", ECHO)
    for i in range(12):
        session.put("input", f"line {i}\n".encode())
        out = session.run(warm())
        assert out.ok, out.stderr
        assert out.stdout == f"LINE {i}\n".encode()


@pytest.mark.slow
def test_preforked_runs_share_no_state(session) -> None:
    session.put("t.py", b"import math\nprint(hasattr(math, 'leak'))\nmath.leak = 1\nLEAK = 2\n")
    session.put("input", b"")
    outs = [session.run(warm()).stdout for _ in range(4)]
    assert outs == [b"False\n"] * 4


@pytest.mark.slow
def test_cpu_time_is_the_programs_not_the_setup(session) -> None:
    session.put("t.py", b"s = 0\nfor i in range(4 * 10**6):\n    s += i\nprint(s > 0)\n")
    session.put("input", b"")
    burn = [session.run(warm()) for _ in range(3)]
    session.put("t.py", b"print(True)\n")
    idle = [session.run(warm()) for _ in range(3)]
    assert all(o.stdout == b"True\n" for o in burn + idle)
    assert min(o.cpu_time_s for o in burn) > 0.1
    assert max(o.cpu_time_s for o in idle) < 0.05


@pytest.mark.slow
def test_a_changed_request_drops_the_armed_child(session) -> None:
    session.put("t.py", b"import resource\nprint(resource.getrlimit(resource.RLIMIT_CPU)[0])\n")
    session.put("input", b"")
    first = session.run(warm())
    other = session.run(warm(limits=Limits(cpu_time_s=5.0, wall_time_s=8.0, memory_kib=1 << 18)))
    again = session.run(warm())
    assert (first.stdout, other.stdout, again.stdout) == (b"3\n", b"6\n", b"3\n")


@pytest.mark.slow
def test_a_child_that_fails_before_its_input_is_reported_and_replaced(session) -> None:
    session.put("input", b"")
    for _ in range(3):
        out = session.run(warm("/in/missing.py"))
        assert out.exit_code == 120 and b"could not start the program" in out.stderr
    session.put("t.py", ECHO)
    session.put("input", b"ok\n")
    assert session.run(warm()).stdout == b"OK\n"
    assert session.alive


@pytest.mark.slow
def test_standard_modules_the_script_imports_are_preloaded(session) -> None:
    session.put(
        "t.py",
        b"import sys\nprint('heapq' in sys.modules, 'fractions' in sys.modules)\nimport heapq\n",
    )
    session.put("input", b"")
    assert session.run(warm()).stdout == b"True False\n"


@pytest.mark.slow
def test_the_supervisor_runs_from_bytecode(session) -> None:
    session.put("t.py", b"import os\nprint(os.listdir('/sup'))\n")
    session.put("input", b"")
    assert session.run(warm()).stdout == b"['supervisor.pyc']\n"


def test_bytecode_is_cached_on_disk_only_when_asked(tmp_path: Path) -> None:
    interpreter = "/usr/bin/python3.11"
    data = bootstrap.compiled_supervisor(interpreter, tmp_path / "cache")
    assert data is not None and data[:4] == importlib.util.MAGIC_NUMBER
    assert [p.suffix for p in (tmp_path / "cache").iterdir()] == [".pyc"]
    in_memory = bootstrap.compiled_supervisor(interpreter, None)
    assert in_memory is not None and in_memory[:4] == importlib.util.MAGIC_NUMBER
    assert bootstrap.compiled_supervisor(str(tmp_path / "no-such-python"), None) is None


@pytest.mark.parametrize(
    "value",
    [
        {"a": [1, 2.5, None, True, False], "b": {"c": "d"}},
        'quote " backslash \\ tab \t newline \n nul \0',
        "中文 é ☃ \U0001f600",
        "bad\udcff-name",  # a file name that is not UTF-8 (surrogate escapes)
        [],
        -0.0,
    ],
)
def test_supervisor_replies_are_json(value: object) -> None:
    encoded = _json(value)
    assert encoded.isascii()
    assert json.loads(encoded) == value


def test_imports_are_found_in_nested_code() -> None:
    code = compile(
        "import a.b\ndef f():\n    from c import d\n    class K:\n        import e\n", "s", "exec"
    )
    assert {"a", "c", "e"} <= _imported_names(code)


@pytest.mark.slow
def test_memory_layout_is_the_same_in_every_sandbox() -> None:
    # Objects hashed by address iterate in the same order in every run: results are reproducible.
    code = b"class A:\n    pass\nprint(hex(id(object())), [id(a) % 97 for a in {A() for _ in range(8)}])\n"
    seen = set()
    for _ in range(2):
        with SandboxSession(SandboxPolicy(), "/usr/bin/python3.11") as fresh:
            fresh.put("t.py", code)
            fresh.put("input", b"")
            seen.add(fresh.run(warm()).stdout)
    assert len(seen) == 1


@pytest.mark.slow
def test_deep_and_wide_scratch_trees_are_scrubbed(session) -> None:
    code = (
        b"import os\n"
        b"os.chdir('/tmp')\n"
        b"for _ in range(3000):\n    os.mkdir('d')\n    os.chdir('d')\n"
        b"for i in range(50):\n    os.makedirs(f'/dev/shm/w{i}/x', exist_ok=True)\n"
        b"os.symlink('/in', '/tmp/link')\n"
    )
    session.put("t.py", code)
    session.put("input", b"")
    assert session.run(warm()).ok
    session.put(
        "t.py",
        b"import os\nprint(os.listdir('/tmp'), os.listdir('/dev/shm'), len(os.listdir('/in')) > 0)\n",
    )
    assert session.run(warm()).stdout == b"[] [] True\n"


HIDE_CPU = b"""
import os, signal, time
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel: no rusage
start = time.monotonic()
while time.monotonic() - start < 1.5:
    if os.fork() == 0:
        until = time.process_time() + 0.2
        while time.process_time() < until:
            pass
        os._exit(0)
    time.sleep(0.1)
print('done')
"""


@pytest.mark.slow
def test_cpu_of_children_the_kernel_reaps_is_counted(session) -> None:
    session.put("t.py", HIDE_CPU)
    session.put("input", b"")
    limits = Limits(cpu_time_s=1.0, wall_time_s=3.0, memory_kib=256 * 1024)
    out = session.run(warm(limits=limits))
    # About 14 children of 0.2 s each: far more than the 1 s limit, all of it invisible to wait4.
    assert out.cpu_time_s > 1.0, out


@pytest.mark.slow
def test_scrub_holds_against_modes_fifos_and_attributes(session) -> None:
    session.put(
        "t.py",
        b"import os\n"
        b"for d in ('/tmp/v', '/dev/shm/v', '/box/v'):\n"
        b"    os.makedirs(d + '/inner')\n"
        b"    open(d + '/inner/note', 'w').write('x')\n"
        b"    os.chmod(d + '/inner', 0)\n"
        b"    os.chmod(d, 0o500)\n"
        b"open('/tmp/root-note', 'w').write('x')\n"
        b"os.unlink('/out/stderr'); os.mkfifo('/out/stderr')\n"
        b"for root in ('/tmp', '/dev/shm', '/box', '/out'):\n"
        b"    try:\n        os.setxattr(root, 'user.note', b'x')\n"
        b"    except OSError:\n        pass\n"
        b"    os.utime(root, (12345, 12345))\n"
        b"    os.chmod(root, 0o300)\n",
    )
    session.put("input", b"")
    assert session.run(warm()).ok
    session.put(
        "t.py",
        b"import os\n"
        b"for root in ('/tmp', '/dev/shm', '/box', '/out'):\n"
        b"    print(root, sorted(os.listdir(root)), os.listxattr(root), os.stat(root).st_mtime != 12345)\n",
    )
    out = session.run(warm())
    assert out.ok, out.stderr
    assert out.stdout.decode().split("\n")[:4] == [
        "/tmp [] [] True",
        "/dev/shm [] [] True",
        "/box [] [] True",
        "/out ['stderr', 'stdout'] [] True",
    ]


@pytest.mark.slow
def test_system_v_ipc_does_not_outlive_its_test(session) -> None:
    shm = (
        b"import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
        b"print(libc.shmget(4242, 4096, %d))\n"
    )
    session.put("t.py", shm % (0o1000 | 0o600))  # IPC_CREAT
    session.put("input", b"")
    assert int(session.run(warm()).stdout) >= 0
    session.put("t.py", shm % 0)
    assert int(session.run(warm()).stdout) == -1


@pytest.mark.slow
def test_a_wide_tree_is_scrubbed_in_linear_time(session) -> None:
    session.put("t.py", b"import os\nfor i in range(30000):\n    os.makedirs(f'/tmp/w/{i}')\n")
    session.put("input", b"")
    assert session.run(warm(limits=Limits(cpu_time_s=10, wall_time_s=20, memory_kib=1 << 19))).ok
    session.put("t.py", b"import os\nprint(os.listdir('/tmp'))\n")
    start = time.monotonic()
    assert session.run(warm()).stdout == b"[]\n"
    assert time.monotonic() - start < 5.0


@pytest.mark.slow
def test_a_sandbox_whose_compiled_program_was_changed_is_ended(session) -> None:
    compiled = session.run(
        RunRequest(
            argv=["/bin/sh", "-c", "echo compiled > /box/prog"],
            limits=LIMITS,
            cwd="/box",
            snapshot_box=True,
        )
    )
    assert compiled.ok and session.box_files == ["prog"]
    session.put("t.py", b"print(open('/box/prog').read().strip())\n")
    session.put("input", b"")
    assert session.run(warm()).stdout == b"compiled\n"
    assert session.alive
    session.put("t.py", b"import os\nos.utime('/box/prog', (1, 1))\nprint('touched')\n")
    assert session.run(warm()).stdout == b"touched\n"
    deadline = time.monotonic() + 5
    while session.alive and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not session.alive


@pytest.mark.slow
def test_a_run_cannot_change_the_supervisors_limits(session) -> None:
    session.put(
        "t.py",
        b"import resource\n"
        b"try:\n    resource.prlimit(1, resource.RLIMIT_NOFILE, (3, 3))\n    print('changed')\n"
        b"except OSError as exc:\n    print('refused', exc.errno)\n"
        b"resource.setrlimit(resource.RLIMIT_NOFILE, (32, 32))\nprint('own ok')\n",
    )
    session.put("input", b"")
    assert session.run(warm()).stdout == b"refused 1\nown ok\n"
    assert session.run(warm()).ok
