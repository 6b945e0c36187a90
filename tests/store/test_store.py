"""The store on SQLite and PostgreSQL: migrations (and that they match the models), the claim
protocol, practice state."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

from tiku.store import (
    ApiToken,
    Base,
    Database,
    LoginSession,
    Practice,
    Problem,
    ProblemVersion,
    Submission,
    SubmissionStatus,
    SubmissionTest,
    User,
    claim_submission,
    finish_submission,
    pending_submission_ids,
    record_test,
    release_stale_claims,
)
from tiku.store.judging import FinalResult, ResultRow
from tiku.store.models import utcnow

AC = FinalResult("AC", 0.01, 1000, 1, "", "")


def _seed(db: Database, n: int = 1) -> list[int]:
    with db.write() as s:
        user = User(username="alice", password_hash="x")
        problem = Problem(slug="p", kind="stdio", title_zh="题", title_en="P", tags=["a"])
        s.add_all([user, problem])
        s.flush()
        version = ProblemVersion(problem_id=problem.id, content_hash="h1", package_path="/x")
        s.add(version)
        s.flush()
        s.add(Practice(user_id=user.id, problem_id=problem.id, attempts=n))
        subs = [
            Submission(
                user_id=user.id,
                problem_id=problem.id,
                version_id=version.id,
                language="python3",
                source="print(1)",
            )
            for _ in range(n)
        ]
        s.add_all(subs)
        s.flush()
        return [sub.id for sub in subs]


def _row(idx: int) -> ResultRow:
    return ResultRow(idx, f"t{idx}", "AC", 0.01, 0.02, 100, "")


def test_upgrade_creates_every_table_and_is_idempotent(db: Database) -> None:
    assert db.current_revision() == "0002"
    assert {
        "users",
        "api_tokens",
        "problems",
        "problem_versions",
        "submissions",
        "submission_tests",
        "practice",
        "login_sessions",
    } <= set(db.table_names())
    db.upgrade()  # a second upgrade is a no-op
    assert db.current_revision() == "0002"


def test_unicode_round_trip(db: Database) -> None:
    _seed(db)
    with db.read() as s:
        assert s.scalar(select(Problem.title_zh)) == "题"


def test_claim_is_exclusive(db: Database) -> None:
    (sid,) = _seed(db)
    token = claim_submission(db, sid)
    assert token is not None
    assert claim_submission(db, sid) is None  # already judging


def test_concurrent_claims_give_one_owner(db: Database) -> None:
    (sid,) = _seed(db)
    tokens: list[str | None] = []
    barrier = threading.Barrier(8)

    def claim() -> None:
        barrier.wait()
        tokens.append(claim_submission(db, sid))

    threads = [threading.Thread(target=claim) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(t is not None for t in tokens) == 1


def test_a_stale_worker_cannot_write(db: Database) -> None:
    (sid,) = _seed(db)
    old = claim_submission(db, sid)
    assert old is not None
    assert record_test(db, sid, old, _row(0))
    assert release_stale_claims(db) == 1  # the server restarted
    new = claim_submission(db, sid)
    assert new is not None and new != old
    # the interrupted attempt's partial results were discarded
    with db.read() as s:
        assert s.scalar(select(func.count(SubmissionTest.id))) == 0
    assert not record_test(db, sid, old, _row(0))
    assert not finish_submission(db, sid, old, AC)
    assert record_test(db, sid, new, _row(0))
    assert not record_test(db, sid, new, _row(0))  # a test is recorded once
    assert finish_submission(db, sid, new, AC)
    assert not finish_submission(db, sid, new, AC)  # and finished once
    with db.read() as s:
        sub = s.get(Submission, sid)
        assert sub is not None
        assert (sub.status, sub.verdict, sub.attempts) == (SubmissionStatus.DONE, "AC", 2)
        assert s.scalar(select(func.count(SubmissionTest.id))) == 1


def test_accepted_marks_the_problem_solved(db: Database) -> None:
    sids = _seed(db, 2)
    for sid, verdict in zip(sids, ("WA", "AC"), strict=True):
        token = claim_submission(db, sid)
        assert token is not None
        finish_submission(db, sid, token, FinalResult(verdict, 0.0, 0, 0, "", ""))
        with db.read() as s:
            practice = s.scalars(select(Practice)).one()
            assert practice.solved is (verdict == "AC")


def test_release_with_a_lease_keeps_fresh_claims(db: Database) -> None:
    (sid,) = _seed(db)
    assert claim_submission(db, sid) is not None
    assert release_stale_claims(db, older_than_s=3600) == 0
    assert pending_submission_ids(db) == []
    assert release_stale_claims(db) == 1
    assert pending_submission_ids(db) == [sid]


def test_the_migrations_match_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_0002_keeps_users_and_tokens_and_adds_sessions(db_url: str) -> None:
    """From the first schema with data in it: users stay enabled, old tokens keep working (they
    never expire, as they were made), sessions can be stored, and the way down works too."""
    database = Database(db_url)
    try:
        database.upgrade("0001")
        with database.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO users (id, username, password_hash, is_admin, created_at) "
                    "VALUES (1, 'old', 'x', false, CURRENT_TIMESTAMP)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO api_tokens (user_id, name, token_hash, prefix, created_at) "
                    "VALUES (1, 'old', 'h', 'tk_', CURRENT_TIMESTAMP)"
                )
            )
        database.upgrade()
        assert database.current_revision() == "0002"
        with database.write() as s:
            user = s.scalars(select(User)).one()
            token = s.scalars(select(ApiToken)).one()
            assert user.disabled is False
            assert (token.expires_at, token.revoked_at) == (None, None)
            s.add(
                LoginSession(
                    user_id=user.id, session_hash="a" * 64, expires_at=utcnow(), user_agent="ua"
                )
            )
        with database.read() as s:
            session = s.scalars(select(LoginSession)).one()
            assert session.address == "" and session.revoked_at is None
        # Down again: SQLite copies the users table to drop the column; the rows that refer to
        # it (ON DELETE CASCADE) must survive the copy.
        command.downgrade(database.alembic_config(), "0001")
        assert "login_sessions" not in database.table_names()
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM api_tokens")).scalar() == 1
        database.upgrade()
        assert database.current_revision() == "0002"
    finally:
        database.close()


def test_a_new_sqlite_database_is_private_from_the_start(tmp_path: Path) -> None:
    """Its -wal and -shm files too: SQLite gives them the database's mode."""
    old = os.umask(0o022)
    try:
        db = Database(f"sqlite:///{tmp_path / 'new.db'}")
        db.upgrade()  # writes: the -wal and -shm files exist while the engine is open
        modes = {
            p.name: stat.S_IMODE(os.stat(p).st_mode)
            for p in tmp_path.iterdir()
            if p.name.startswith("new.db")
        }
        db.close()
    finally:
        os.umask(old)
    assert set(modes) == {"new.db", "new.db-wal", "new.db-shm"}
    assert set(modes.values()) == {0o600}, modes
