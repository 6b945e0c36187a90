"""Login sessions kept on the server, so that they can be ended.

The browser's cookie holds a random session id; only its SHA-256 is stored. Every request looks
the session up: a revoked or expired session, or one of a disabled user, is no session at all.
Logging out, changing the password, an administrator's reset and disabling a user end sessions
here, and a replayed cookie then finds nothing.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from tiku.service.errors import NotFound
from tiku.store import Database, LoginSession, User
from tiku.store.models import utcnow

log = logging.getLogger(__name__)

TOUCH_EVERY_S = 60  # how stale "last seen" may get before a request writes it again


@dataclass(frozen=True)
class SessionInfo:
    """What the owner sees of a session (the account page)."""

    id: int
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    user_agent: str
    address: str


class Sessions:
    def __init__(self, db: Database, max_age_s: int) -> None:
        self.db = db
        self.max_age_s = max_age_s

    def start(
        self, user_id: int, *, user_agent: str = "", address: str = "", replacing: str | None = None
    ) -> str:
        """A new session of ``user_id``; its id (for the cookie) is known only here. The session
        being ``replaced`` (the cookie's before a login) is ended: a login always rotates it."""
        sid = secrets.token_urlsafe(32)
        now = utcnow()
        with self.db.write() as s:
            if replacing:
                _end(s, _digest(replacing), now)
            # The user's dead sessions are of no use to anyone: drop them now and then.
            s.execute(
                delete(LoginSession).where(
                    LoginSession.user_id == user_id,
                    or_(LoginSession.revoked_at.is_not(None), LoginSession.expires_at < now),
                )
            )
            s.add(
                LoginSession(
                    user_id=user_id,
                    session_hash=_digest(sid),
                    created_at=now,
                    last_seen_at=now,
                    expires_at=now + timedelta(seconds=self.max_age_s),
                    user_agent=user_agent[:200],
                    address=address[:64],
                )
            )
        return sid

    def resolve(self, sid: str) -> tuple[User, int] | None:
        """The user and session row of a live session id, or None."""
        now = utcnow()
        with self.db.read() as s:
            row = s.execute(
                select(LoginSession, User)
                .join(User, User.id == LoginSession.user_id)
                .where(LoginSession.session_hash == _digest(sid))
            ).first()
        if row is None:
            return None
        session, user = row
        if session.revoked_at is not None or session.expires_at <= now or user.disabled:
            return None
        if (now - session.last_seen_at).total_seconds() > TOUCH_EVERY_S:
            self._touch(session.id, now)
        return user, session.id

    def _touch(self, session_id: int, now: datetime) -> None:
        """Note when a session was last seen; a failed write (a full disk, a locked database)
        must never turn a read into an error, so it is logged and forgotten."""
        try:
            with self.db.write() as s:
                s.execute(
                    update(LoginSession)
                    .where(LoginSession.id == session_id)
                    .values(last_seen_at=now)
                )
        except SQLAlchemyError as exc:
            log.warning("could not note the use of session %d: %s", session_id, exc)

    def end(self, sid: str) -> None:
        with self.db.write() as s:
            _end(s, _digest(sid), utcnow())

    def active(self, user_id: int) -> list[SessionInfo]:
        now = utcnow()
        with self.db.read() as s:
            rows = s.scalars(
                select(LoginSession)
                .where(
                    LoginSession.user_id == user_id,
                    LoginSession.revoked_at.is_(None),
                    LoginSession.expires_at > now,
                )
                .order_by(LoginSession.last_seen_at.desc(), LoginSession.id.desc())
            ).all()
        return [
            SessionInfo(r.id, r.created_at, r.last_seen_at, r.expires_at, r.user_agent, r.address)
            for r in rows
        ]

    def revoke(self, user_id: int, session_id: int) -> None:
        """End one of ``user_id``'s own sessions."""
        with self.db.write() as s:
            done = _rowcount(
                s.execute(
                    update(LoginSession)
                    .where(
                        LoginSession.id == session_id,
                        LoginSession.user_id == user_id,
                        LoginSession.revoked_at.is_(None),
                    )
                    .values(revoked_at=utcnow())
                )
            )
        if not done:
            raise NotFound(f"no session {session_id}")

    def end_all(self, user_id: int, *, keep: int | None = None) -> int:
        """End every session of ``user_id`` (but ``keep``); how many were live."""
        query = update(LoginSession).where(
            LoginSession.user_id == user_id, LoginSession.revoked_at.is_(None)
        )
        if keep is not None:
            query = query.where(LoginSession.id != keep)
        with self.db.write() as s:
            return _rowcount(s.execute(query.values(revoked_at=utcnow())))


def _end(s: Session, session_hash: str, now: datetime) -> None:
    s.execute(
        update(LoginSession)
        .where(LoginSession.session_hash == session_hash, LoginSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def _rowcount(result: object) -> int:
    return int(cast(CursorResult[Any], result).rowcount)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()
