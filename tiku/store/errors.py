"""What a database error means for the service: a store that cannot take writes right now.

SQLite says "database or disk is full" (SQLITE_FULL) when the disk fills; PostgreSQL says
"No space left on device" (SQLSTATE 53100, disk_full). A locked or unreachable database is
another kind of unavailability: both are passing states, never a reason to lose anything.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

_FULL_MARKERS = ("database or disk is full", "no space left on device", "disk full")


def storage_full(exc: SQLAlchemyError) -> bool:
    """Whether ``exc`` says the disk (or the database's quota) is full."""
    text = str(exc).lower()
    if any(marker in text for marker in _FULL_MARKERS):
        return True
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    return getattr(orig, "sqlstate", None) == "53100" or getattr(orig, "pgcode", None) == "53100"
