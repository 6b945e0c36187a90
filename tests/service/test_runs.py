"""Custom runs have a lane of their own, and per-user limits hold whichever credential is used."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.service.support import CLIMB_AC, CLIMB_SPIN, make_small_bank
from tiku.service import Settings, Tiku
from tiku.store import Submission
from tiku.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Tiku]:
    t = Tiku(
        Settings(
            data_dir=tmp_path / "data",
            bank_root=make_small_bank(tmp_path / "bank"),
            submit_rate_per_min=1000,
            run_rate_per_min=3,
        )
    )
    t.start()
    yield t
    t.close(wait=False)


def test_a_run_does_not_wait_behind_queued_submissions(service: Tiku) -> None:
    user = service.accounts.create_user("runner", "password123")
    queued = [service.submit(user, "climbing-stairs", "python3", CLIMB_SPIN) for _ in range(6)]
    result = service.custom_run(user, "climbing-stairs", "python3", CLIMB_AC, "[5, [2]]").result(
        timeout=120
    )
    assert result["verdict"] == "OK" and result["output"].strip() == "2"
    with service.db.read() as s:
        statuses = s.scalars(select(Submission.status).where(Submission.id.in_(queued))).all()
    # The run came back while most of the queue still waited: it did not go through it.
    assert sum(status == "pending" for status in statuses) >= 4, statuses

    async def first_done() -> None:
        await service.wait_for(queued[0], 120)

    asyncio.run(first_done())


def test_the_run_limit_holds_across_a_users_tokens(service: Tiku) -> None:
    service.accounts.create_user("twotokens", "password123")
    tokens = [service.accounts.create_token("twotokens", name) for name in ("laptop", "ci")]
    body = {
        "problem": "climbing-stairs",
        "language": "python3",
        "source": CLIMB_AC,
        "input": "[1, []]",
    }
    with TestClient(create_app(tiku=service)) as client:
        codes = [
            client.post(
                "/api/v1/runs", json=body, headers={"Authorization": f"Bearer {tokens[i % 2]}"}
            ).status_code
            for i in range(4)
        ]
    assert codes == [200, 200, 200, 429]
