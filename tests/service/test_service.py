"""The service layer in process: recovery, no double judging, versions, settings, starter code."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

import tiku.service
import tiku.store
from tests.service.support import CLIMB_AC, CLIMB_WA, make_small_bank
from tiku.service import JudgeTask, Settings, Tiku
from tiku.service.errors import RateLimited
from tiku.service.ratelimit import RateLimiter
from tiku.service.starter import starter_code
from tiku.store import Submission, SubmissionTest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "web.md"


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return make_small_bank(tmp_path / "bank")


@pytest.fixture
def service(tmp_path: Path, bank: Path) -> Iterator[Tiku]:
    t = Tiku(Settings(data_dir=tmp_path / "data", bank_root=bank, submit_rate_per_min=1000))
    yield t
    t.close()


def _wait(t: Tiku, *ids: int) -> None:
    async def all_done() -> None:
        for sid in ids:
            await t.wait_for(sid, 60)

    asyncio.run(all_done())


def test_pending_submissions_are_judged_on_start(service: Tiku) -> None:
    # stored before any worker exists, as after a crash
    service.db.upgrade()
    service.reload_bank()
    admin = service.accounts.create_user("root", "password123", is_admin=True)
    ids = [service.submit(admin, "climbing-stairs", "python3", src) for src in (CLIMB_AC, CLIMB_WA)]
    with service.db.read() as s:
        assert s.scalar(select(func.count()).where(Submission.status == "pending")) == 2
    report = service.start()
    assert report.recovered == ids
    _wait(service, *ids)
    assert [service.submission(admin, sid)["verdict"] for sid in ids] == ["AC", "WA"]


def test_dispatching_twice_judges_once(service: Tiku) -> None:
    service.start()
    user = service.accounts.create_user("twice", "password123")
    sid = service.submit(user, "climbing-stairs", "python3", CLIMB_AC)
    for _ in range(5):  # a duplicate delivery, as a distributed queue may do
        service.dispatcher.submit(JudgeTask(sid))
        service.worker.judge_submission(JudgeTask(sid))
    _wait(service, sid)
    sub = service.submission(user, sid)
    assert sub["attempts"] == 1
    with service.db.read() as s:
        assert (
            s.scalar(select(func.count()).where(SubmissionTest.submission_id == sid))
            == sub["test_count"]
        )


def test_a_changed_problem_is_a_new_version(service: Tiku, bank: Path) -> None:
    service.start()
    user = service.accounts.create_user("versions", "password123")
    old_version = service.catalog.get("climbing-stairs").version_id
    first = service.submit(user, "climbing-stairs", "python3", CLIMB_AC)
    _wait(service, first)
    statement = bank / "problems" / "climbing-stairs" / "statement" / "problem.en.md"
    statement.write_text(statement.read_text() + "\nA new note.\n")
    report = service.reload_bank()
    assert report.new_versions == ["climbing-stairs"]
    new_version = service.catalog.get("climbing-stairs").version_id
    assert new_version != old_version
    second = service.submit(user, "climbing-stairs", "python3", CLIMB_AC)
    with service.db.read() as s:
        versions = [s.get(Submission, sid).version_id for sid in (first, second)]  # type: ignore[union-attr]
    assert versions == [old_version, new_version]
    # the old version's snapshot is untouched
    old_pkg = service.bank.package(old_version)
    assert "A new note." not in old_pkg.statements["en"].read_text()
    assert service.reload_bank().new_versions == []


def test_search_works_in_chinese_and_english(service: Tiku) -> None:
    from tiku.service.catalog import ProblemFilter

    service.start()
    assert [e.slug for e in service.catalog.search(ProblemFilter(q="台阶"))] == ["climbing-stairs"]
    assert [e.slug for e in service.catalog.search(ProblemFilter(q="Climbing"))] == [
        "climbing-stairs"
    ]
    assert service.catalog.search(ProblemFilter(q="台阶 knapsack")) == []


def test_first_start_creates_one_admin(service: Tiku) -> None:
    report = service.start()
    assert report.admin_password
    assert service.accounts.authenticate("admin", report.admin_password).is_admin
    assert service._first_admin() is None


def test_rate_limiter_refills() -> None:
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    limiter.hit(1)
    limiter.hit(1)
    limiter.hit(2)  # another user has their own bucket
    with pytest.raises(RateLimited) as info:
        limiter.hit(1)
    assert 0 < info.value.retry_after_s <= 30
    now[0] += 30
    limiter.hit(1)


def test_every_setting_is_documented() -> None:
    text = DOCS.read_text()
    for name, field in Settings.model_fields.items():
        assert field.description, name
        assert f"TIKU_{name.upper()}" in text, f"TIKU_{name.upper()} missing from docs/web.md"


@pytest.mark.parametrize("module", [tiku.service, tiku.store])
def test_public_api_is_complete(module: object) -> None:
    exported = set(module.__all__)  # type: ignore[attr-defined]
    public = {n for n in vars(module) if not n.startswith("_") and n[0].isupper()}
    assert public <= exported


def test_starter_code(service: Tiku) -> None:
    service.start()
    meta = service.catalog.get("climbing-stairs").meta
    py = starter_code(meta, "python3")
    compile(py, "starter.py", "exec")
    assert "def climbStairs(self, n: int, broken: List[int]) -> int:" in py
    assert "int climbStairs(int n, vector<int>& broken)" in starter_code(meta, "cpp17")
    assert "public int climbStairs(int n, int[] broken)" in starter_code(meta, "java17")
    design = service.catalog.get("two-sum-data-structure").meta
    compile(starter_code(design, "python3"), "starter.py", "exec")
    assert re.search(r"class \w+ \{", starter_code(design, "java17"))
    assert "int main()" in starter_code(service.catalog.get("knapsack-01").meta, "cpp17")


def test_the_service_keeps_sandboxes_warm_and_leaves_none_when_it_stops(
    tmp_path: Path, bank: Path
) -> None:
    t = Tiku(Settings(data_dir=tmp_path / "data", bank_root=bank, submit_rate_per_min=1000))
    try:
        t.start()
        user = t.accounts.create_user("warm", "password123")
        first = t.submit(user, "climbing-stairs", "python3", CLIMB_AC)
        _wait(t, first)
        assert t.judge.pool.wait_idle() and t.judge.pool.idle_count("python3") == 2
        idle = list(t.judge.pool._idle["python3"])
        second = t.submit(user, "climbing-stairs", "python3", CLIMB_AC)
        _wait(t, second)
        assert [t.submission(user, sid)["verdict"] for sid in (first, second)] == ["AC", "AC"]
        assert t.judge.pool.wait_idle()
        assert all(not s.alive for s in idle)  # the second judging used them, then closed them
        idle = list(t.judge.pool._idle["python3"])
    finally:
        t.close(wait=False)  # as `tiku serve` stops
    # Nothing idle outlives the service: no process, no cgroup, no work directory.
    assert idle and all(not s.alive and s._host_dir is None for s in idle)
