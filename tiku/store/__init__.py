"""The store: users, their login sessions and tokens, problems (versioned by content hash),
submissions and practice state.

SQLAlchemy 2 models with Alembic migrations; SQLite (WAL) by default, PostgreSQL supported. The
judging protocol (claim, record a test, finish) is a set of conditional updates here, so that a
submission can never be judged into two results, whatever the dispatcher does.
"""

from tiku.store.database import Database, sqlite_url
from tiku.store.judging import (
    claim_submission,
    finish_submission,
    pending_submission_ids,
    record_test,
    release_stale_claims,
)
from tiku.store.models import (
    ApiToken,
    Base,
    LoginSession,
    Practice,
    Problem,
    ProblemVersion,
    Submission,
    SubmissionStatus,
    SubmissionTest,
    User,
)

__all__ = [
    "ApiToken",
    "Base",
    "Database",
    "LoginSession",
    "Practice",
    "Problem",
    "ProblemVersion",
    "Submission",
    "SubmissionStatus",
    "SubmissionTest",
    "User",
    "claim_submission",
    "finish_submission",
    "pending_submission_ids",
    "record_test",
    "release_stale_claims",
    "sqlite_url",
]
