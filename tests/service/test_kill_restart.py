"""Kill the server with submissions pending, restart it: every one is judged exactly once."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.service.server import Server
from tests.service.support import CLIMB_AC, CLIMB_WA, make_small_bank
from tiku.store import Database, Submission, SubmissionTest

pytestmark = pytest.mark.slow


def test_kill_with_pending_submissions_then_restart(tmp_path: Path) -> None:
    bank = make_small_bank(tmp_path / "bank")
    server = Server(tmp_path / "data", bank)
    server.start()
    try:
        token = server.token()
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
