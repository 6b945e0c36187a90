"""A stopping service leaves nothing on the host, and a started one sweeps what a killed one left.

Both with a real ``tiku serve``: SIGTERM while a submission is being judged, and SIGKILL.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.service.server import Server
from tests.service.support import CLIMB_SPIN, make_small_bank
from tiku.sandbox.leftovers import cgroup_parents
from tiku.sandbox.policy import SandboxPolicy

pytestmark = pytest.mark.slow


def leftovers(pid: int) -> list[str]:
    """Work folders and cgroups named after the process ``pid``."""
    prefix = f"tiku-{pid}."
    found = [str(p) for p in Path("/dev/shm").glob(prefix + "*")]
    for parent in cgroup_parents(SandboxPolicy()):
        found += [str(p) for p in parent.glob(prefix + "*")]
    return found


def judging(server: Server, token: str) -> tuple[int, int]:
    """Submit the spinner; return its id and the server's pid once it is being judged."""
    body = {"problem": "climbing-stairs", "language": "python3", "source": CLIMB_SPIN}
    sid = server.api("POST", "/api/v1/submissions", token, body)["id"]
    deadline = time.monotonic() + 60
    while server.api("GET", f"/api/v1/submissions/{sid}", token)["status"] != "judging":
        assert time.monotonic() < deadline, "never judged"
        time.sleep(0.05)
    assert server.proc is not None
    pid = server.proc.pid
    deadline = time.monotonic() + 30
    while not leftovers(pid):  # its sandbox exists
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return sid, pid


def test_sigterm_while_judging_leaves_nothing_and_loses_nothing(tmp_path: Path) -> None:
    server = Server(tmp_path / "data", make_small_bank(tmp_path / "bank"))
    server.start()
    try:
        token = server.token()
        sid, pid = judging(server, token)
        assert server.proc is not None
        server.proc.send_signal(signal.SIGTERM)
        server.proc.communicate(timeout=60)
    finally:
        server.stop()
    assert leftovers(pid) == []
    server.start()  # the interrupted submission is judged again, not given a JE
    try:
        result = server.api("GET", f"/api/v1/submissions/{sid}?wait_s=60", token)
    finally:
        server.stop()
    assert result["status"] == "done" and result["verdict"] == "TLE"


def test_a_start_sweeps_what_a_killed_server_left(tmp_path: Path) -> None:
    server = Server(tmp_path / "data", make_small_bank(tmp_path / "bank"))
    server.start()
    try:
        token = server.token()
        sid, pid = judging(server, token)
        server.kill()
        left = leftovers(pid)
        assert left, "SIGKILL left nothing: nothing to test"
        # another judge's sandbox, alive, is never touched
        mine = Path("/dev/shm") / f"tiku-{os.getpid()}.{_start(os.getpid())}-keep"
        mine.mkdir()
        server.start()
        assert leftovers(pid) == []
        assert mine.is_dir()
        mine.rmdir()
        result = server.api("GET", f"/api/v1/submissions/{sid}?wait_s=60", token)
        assert result["verdict"] == "TLE"
    finally:
        server.stop()


def _start(pid: int) -> int:
    stat = Path(f"/proc/{pid}/stat").read_text()
    return int(stat[stat.rindex(")") + 2 :].split()[19])
