"""The sandbox baseline: no network, no host files, a scrubbed environment, no survivors."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from tiku.sandbox.limits import Limits
from tiku.sandbox.policy import SandboxPolicy
from tiku.sandbox.session import RunRequest, SandboxSession

pytestmark = pytest.mark.slow
LIMITS = Limits(cpu_time_s=2.0, wall_time_s=4.0, memory_kib=256 * 1024)


@pytest.fixture
def session():
    with SandboxSession(SandboxPolicy(), "/usr/bin/python3.11") as s:
        yield s


def run_py(session: SandboxSession, code: str, limits: Limits = LIMITS):
    session.put("t.py", code.encode())
    return session.run(RunRequest(argv=["python3"], python_script="/in/t.py", limits=limits))


def test_runs_as_unprivileged_user_with_clean_env(session) -> None:
    os.environ["TIKU_TEST_SECRET"] = "hunter2"
    try:
        out = run_py(session, "import os\nprint(os.getuid(), sorted(os.environ))\n")
    finally:
        del os.environ["TIKU_TEST_SECRET"]
    text = out.stdout.decode()
    assert text.startswith("65534 ")
    assert "TIKU_TEST_SECRET" not in text and "hunter2" not in text
    assert "['HOME', 'LANG', 'PATH']" in text


def test_no_network(session) -> None:
    code = (
        "import socket\n"
        "try:\n    socket.create_connection(('127.0.0.1', 22), timeout=1)\n    print('connected')\n"
        "except OSError as e:\n    print('blocked', e.errno)\n"
        "print(open('/proc/net/dev').read().count(':'))\n"
    )
    out = run_py(session, code).stdout.decode().split()
    assert out[0] == "blocked"
    assert out[-1] == "1"  # only the loopback interface


def test_host_files_are_invisible_and_fs_read_only(session, tmp_path: Path) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text("secret")
    code = (
        "import os\n"
        f"paths = ['/etc/passwd', '/etc/shadow', '/root', '/home', {str(canary)!r}, '/work']\n"
        "print([p for p in paths if os.path.exists(p)])\n"
        "for target in ('/usr/evil', '/in/evil', '/evil'):\n"
        "    try:\n        open(target, 'w'); print('wrote', target)\n"
        "    except OSError:\n        pass\n"
        "open('/tmp/ok', 'w').write('fine'); print('tmp ok')\n"
    )
    text = run_py(session, code).stdout.decode()
    assert "[]" in text and "wrote" not in text and "tmp ok" in text
    assert canary.read_text() == "secret"


def test_background_processes_die_with_the_run(session) -> None:
    marker = f"tiku-daemon-{os.getpid()}-{time.time_ns()}"
    code = (
        "import os, time, signal\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    if os.fork() == 0:\n"
        "        signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        f"        os.execv('/bin/sleep', ['/bin/sleep', '300', '{marker}'])\n"
        "    os._exit(0)\n"
        "time.sleep(0.2)\nprint('parent done')\n"
    )
    out = run_py(session, code)
    assert out.stdout.decode().strip() == "parent done"
    time.sleep(0.2)
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert marker not in ps


def test_tmp_is_scrubbed_between_runs(session) -> None:
    run_py(session, "open('/tmp/left', 'w').write('x')\n")
    out = run_py(session, "import os\nprint(os.listdir('/tmp'), os.listdir('/out'))\n")
    assert out.stdout.decode().strip() == "[] ['stderr', 'stdout']"


def test_the_run_cannot_kill_or_inspect_the_supervisor(session) -> None:
    code = (
        "import os, signal\n"
        "print(os.getppid())\n"
        "for target in (os.getppid(), 1, -1):\n"
        "    try:\n        os.kill(target, signal.SIGKILL)\n"
        "    except OSError as e:\n        print('kill', target, e.errno)\n"
        "for path in ('/proc/1/environ', '/proc/1/fd/2', '/proc/1/mem'):\n"
        "    try:\n        open(path, 'rb').read(1); print('read', path)\n"
        "    except OSError as e:\n        print('denied', path)\n"
    )
    out = run_py(session, code)
    text = out.stdout.decode()
    assert text.startswith("1\n")  # the supervisor is the namespace's init
    assert "read" not in text
    assert session.alive
    assert run_py(session, "print('still here')\n").stdout == b"still here\n"


def test_dev_shm_and_box_are_scrubbed_between_runs(session) -> None:
    run_py(session, "open('/dev/shm/x', 'w').write('1'); open('/box/y', 'w').write('1')\n")
    out = run_py(session, "import os\nprint(os.listdir('/dev/shm'), os.listdir('/box'))\n")
    assert out.stdout.decode().strip() == "[] []"


def test_the_judges_environment_is_nowhere_in_the_sandbox(session) -> None:
    os.environ["TIKU_CANARY_ENV"] = "canary-4711"
    try:
        with SandboxSession(SandboxPolicy(), "/usr/bin/python3.11") as fresh:
            code = (
                "import os\nleak = b''\n"
                "for pid in os.listdir('/proc'):\n"
                "    if pid.isdigit():\n"
                "        for f in ('environ', 'cmdline'):\n"
                "            try:\n                leak += open(f'/proc/{pid}/{f}', 'rb').read()\n"
                "            except OSError:\n                pass\n"
                "print(b'canary-4711' in leak, b'/work' in leak)\n"
            )
            out = run_py(fresh, code)
    finally:
        del os.environ["TIKU_CANARY_ENV"]
    assert out.stdout.decode().strip() == "False False"


def test_wall_time_limit(session) -> None:
    limits = Limits(cpu_time_s=1.0, wall_time_s=1.5, memory_kib=256 * 1024)
    out = run_py(session, "import time\ntime.sleep(10)\n", limits)
    assert out.timed_out_wall and out.wall_time_s < 3.0


def test_output_cap(session) -> None:
    limits = Limits(cpu_time_s=2.0, wall_time_s=4.0, memory_kib=256 * 1024, output_kib=16)
    out = run_py(session, "import sys\nsys.stdout.write('x' * 100000)\n", limits)
    assert out.output_truncated and len(out.stdout) == 16 * 1024


def test_symlink_planted_in_out_is_not_followed(session, tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    canary.write_text("host secret")
    code = f"import os\nos.symlink({str(canary)!r}, '/out/stdout.tmp')\nprint('x')\n"
    out = run_py(session, code)
    assert b"host secret" not in out.stdout + out.stderr
