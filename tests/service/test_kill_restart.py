"""Kill the server with submissions pending, restart it: every one is judged exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.service.postgres import free_port
from tests.service.support import CLIMB_AC, CLIMB_WA, make_small_bank
from tiku.store import Database, Submission, SubmissionTest

pytestmark = pytest.mark.slow


class Server:
    def __init__(self, data: Path, bank: Path) -> None:
        self.data, self.bank, self.port = data, bank, free_port()
        self.proc: subprocess.Popen[str] | None = None
        self.output = ""

    def start(self) -> None:
        env = {**os.environ, "TIKU_SUBMIT_RATE_PER_MIN": "1000"}
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tiku.web",
                "serve",
                "--data-dir",
                str(self.data),
                "--bank",
                str(self.bank),
                "--port",
                str(self.port),
                "--workers",
                "1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url("/healthz"), timeout=1).read()
                return
            except (urllib.error.URLError, ConnectionError):
                assert self.proc.poll() is None, self.proc.stdout.read() if self.proc.stdout else ""
                time.sleep(0.2)
        raise AssertionError("the server did not start")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        out, _ = self.proc.communicate(timeout=10)
        self.output += out

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                out, _ = self.proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                out, _ = self.proc.communicate()
            self.output += out

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def api(self, method: str, path: str, token: str, body: Any = None) -> Any:
        request = urllib.request.Request(
            self.url(path),
            method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=90) as response:
            return json.loads(response.read())


def test_kill_with_pending_submissions_then_restart(tmp_path: Path) -> None:
    bank = make_small_bank(tmp_path / "bank")
    server = Server(tmp_path / "data", bank)
    server.start()
    try:
        token = subprocess.run(
            [
                sys.executable,
                "-m",
                "tiku.web",
                "token",
                "create",
                "admin",
                "--data-dir",
                str(server.data),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        sources = [CLIMB_AC, CLIMB_WA] * 5
        ids = [
            server.api(
                "POST",
                "/api/v1/submissions",
                token,
                {"problem": "climbing-stairs", "language": "python3", "source": src},
            )["id"]
            for src in sources
        ]
        # let the worker get into the first one, then pull the plug
        deadline = time.monotonic() + 30
        while server.api("GET", f"/api/v1/submissions/{ids[0]}", token)["status"] == "pending":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        server.kill()
    finally:
        server.stop()
    assert "created the administrator" in server.output

    db = Database(f"sqlite:///{server.data / 'tiku.db'}")
    with db.read() as s:
        unfinished = s.scalar(select(func.count()).where(Submission.status != "done"))
    assert unfinished and unfinished >= 5, "the kill came too late to test anything"

    server.start()
    try:
        results = [server.api("GET", f"/api/v1/submissions/{sid}?wait_s=60", token) for sid in ids]
    finally:
        server.stop()
    assert "left pending" in server.output
    for sub, src in zip(results, sources, strict=True):
        assert sub["status"] == "done"
        assert sub["verdict"] == ("AC" if src == CLIMB_AC else "WA")
        assert sub["attempts"] in (1, 2)  # 2 only for the one interrupted mid-judging
        names = [t["name"] for t in sub["tests"]]
        assert len(names) == len(set(names)) == sub["test_count"]
        assert [t["idx"] for t in sub["tests"]] == list(range(sub["test_count"]))
    with db.read() as s:
        rows = s.execute(
            select(SubmissionTest.submission_id, SubmissionTest.idx, func.count())
            .group_by(SubmissionTest.submission_id, SubmissionTest.idx)
            .having(func.count() > 1)
        ).all()
        assert rows == []
        assert s.scalar(select(func.count()).where(Submission.attempts == 2)) <= 1
    db.close()
