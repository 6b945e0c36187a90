"""The judging protocol as conditional updates: claim, record each test, finish.

A worker owns a submission only while ``claim`` holds the token it set when it moved the row from
``pending`` to ``judging``; every later write checks that token, so a stale or duplicate worker
can write nothing, and a submission ends with exactly one result.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import delete, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError

from tiku.store.database import Database
from tiku.store.models import Practice, Submission, SubmissionStatus, SubmissionTest, utcnow


@dataclass(frozen=True)
class ResultRow:
    idx: int
    name: str
    verdict: str
    time_s: float
    wall_s: float
    memory_kib: int
    message: str


@dataclass(frozen=True)
class FinalResult:
    verdict: str
    time_s: float
    memory_kib: int
    test_count: int
    compile_output: str
    message: str


def _rowcount(result: object) -> int:
    return int(cast(CursorResult[Any], result).rowcount)


def claim_submission(db: Database, submission_id: int) -> str | None:
    """Take a pending submission for judging; the token, or None if someone else has it."""
    token = secrets.token_hex(16)
    with db.write() as s:
        taken = _rowcount(
            s.execute(
                update(Submission)
                .where(
                    Submission.id == submission_id, Submission.status == SubmissionStatus.PENDING
                )
                .values(
                    status=SubmissionStatus.JUDGING,
                    claim=token,
                    claimed_at=utcnow(),
                    attempts=Submission.attempts + 1,
                )
            )
        )
        if taken != 1:
            return None
        # what an interrupted attempt left behind is discarded: the new attempt starts clean
        s.execute(delete(SubmissionTest).where(SubmissionTest.submission_id == submission_id))
    return token


def record_test(db: Database, submission_id: int, token: str, test: ResultRow) -> bool:
    """Store one test's result while the claim holds; False if the claim was lost."""
    try:
        with db.write() as s:
            owner = s.execute(
                select(Submission.id).where(
                    Submission.id == submission_id, Submission.claim == token
                )
            ).first()
            if owner is None:
                return False
            s.add(SubmissionTest(submission_id=submission_id, **vars(test)))
    except IntegrityError:
        return False
    return True


def finish_submission(db: Database, submission_id: int, token: str, result: FinalResult) -> bool:
    """Record the one final result and update the user's practice state, atomically."""
    now = utcnow()
    with db.write() as s:
        done = _rowcount(
            s.execute(
                update(Submission)
                .where(
                    Submission.id == submission_id,
                    Submission.claim == token,
                    Submission.status == SubmissionStatus.JUDGING,
                )
                .values(
                    status=SubmissionStatus.DONE,
                    claim=None,
                    verdict=result.verdict,
                    time_s=result.time_s,
                    memory_kib=result.memory_kib,
                    test_count=result.test_count,
                    compile_output=result.compile_output,
                    message=result.message,
                    judged_at=now,
                )
            )
        )
        if done != 1:
            return False
        if result.verdict == "AC":
            row = s.execute(
                select(Submission.user_id, Submission.problem_id).where(
                    Submission.id == submission_id
                )
            ).one()
            practice = s.get(Practice, (row.user_id, row.problem_id))
            if practice is not None and not practice.solved:
                practice.solved = True
                practice.first_solved_at = now
    return True


def release_claim(db: Database, submission_id: int, token: str) -> bool:
    """Give a claimed submission back (``pending``) while the claim still holds: its worker could
    not write its result (a full disk), so it is judged again once the store takes writes."""
    with db.write() as s:
        return (
            _rowcount(
                s.execute(
                    update(Submission)
                    .where(
                        Submission.id == submission_id,
                        Submission.claim == token,
                        Submission.status == SubmissionStatus.JUDGING,
                    )
                    .values(status=SubmissionStatus.PENDING, claim=None, claimed_at=None)
                )
            )
            == 1
        )


def release_stale_claims(db: Database, older_than_s: float | None = None) -> int:
    """Put claimed-but-unfinished submissions back to pending (all of them when None).

    Called on start: a single-process server holds no claims when it starts, so whatever is
    ``judging`` was interrupted by a crash. A distributed backend passes a lease instead.
    """
    query = update(Submission).where(Submission.status == SubmissionStatus.JUDGING)
    if older_than_s is not None:
        cutoff: datetime = utcnow() - timedelta(seconds=older_than_s)
        query = query.where(Submission.claimed_at < cutoff)
    with db.write() as s:
        return _rowcount(
            s.execute(query.values(status=SubmissionStatus.PENDING, claim=None, claimed_at=None))
        )


def pending_submission_ids(db: Database) -> list[int]:
    with db.read() as s:
        return list(
            s.scalars(
                select(Submission.id)
                .where(Submission.status == SubmissionStatus.PENDING)
                .order_by(Submission.id)
            )
        )
