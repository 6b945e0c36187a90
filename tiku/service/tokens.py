"""API bearer tokens: only their SHA-256 is stored; they expire (90 days unless asked otherwise,
"never" only when asked for) and can be listed and revoked."""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from tiku.service.errors import BadRequest, NotFound, Unauthorized
from tiku.store import ApiToken, Database, User
from tiku.store.models import utcnow

log = logging.getLogger(__name__)

TOKEN_PREFIX = "tk_"
MAX_EXPIRY_DAYS = 3650
TOUCH_EVERY_S = 60
Never = Literal["never"]
TokenStatus = Literal["active", "expired", "revoked"]


@dataclass(frozen=True)
class TokenInfo:
    """A token as its owner (or an administrator) sees it: never its text."""

    id: int
    user_id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None  # None: never
    revoked_at: datetime | None

    def status(self, now: datetime | None = None) -> TokenStatus:
        if self.revoked_at is not None:
            return "revoked"
        if self.expires_at is not None and self.expires_at <= (now or utcnow()):
            return "expired"
        return "active"


class Tokens:
    def __init__(self, db: Database, default_expiry_days: int) -> None:
        self.db = db
        self.default_expiry_days = default_expiry_days

    def create(
        self, user_id: int, name: str = "", expires_days: int | Never | None = None
    ) -> tuple[TokenInfo, str]:
        """A new token and its text, the only time the text is known. ``expires_days``: None
        for the default lifetime, or "never"."""
        if len(name) > 100:
            raise BadRequest("a token's name: at most 100 characters", field="name")
        now = utcnow()
        if expires_days == "never":
            expires_at = None
        else:
            days = self.default_expiry_days if expires_days is None else expires_days
            if not 1 <= days <= MAX_EXPIRY_DAYS:
                raise BadRequest(
                    f"a token expires in 1 to {MAX_EXPIRY_DAYS} days, or never",
                    field="expires_days",
                )
            expires_at = now + timedelta(days=days)
        text = TOKEN_PREFIX + secrets.token_urlsafe(32)
        row = ApiToken(
            user_id=user_id,
            name=name,
            token_hash=_digest(text),
            prefix=text[:10],
            created_at=now,
            expires_at=expires_at,
        )
        with self.db.write() as s:
            s.add(row)
            s.flush()
            return _info(row), text

    def of_user(self, user_id: int) -> list[TokenInfo]:
        with self.db.read() as s:
            rows = s.scalars(
                select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id.desc())
            ).all()
        return [_info(r) for r in rows]

    def get(self, token_id: int) -> TokenInfo:
        with self.db.read() as s:
            row = s.get(ApiToken, token_id)
        if row is None:
            raise NotFound(f"no token {token_id}")
        return _info(row)

    def revoke(self, token_id: int, *, user_id: int | None = None) -> TokenInfo:
        """Revoke a token: one of ``user_id``'s own, or any (an administrator, ``None``)."""
        with self.db.write() as s:
            row = s.get(ApiToken, token_id)
            if row is None or (user_id is not None and row.user_id != user_id):
                raise NotFound(f"no token {token_id}")
            if row.revoked_at is None:
                row.revoked_at = utcnow()
            s.flush()
            return _info(row)

    def resolve(self, text: str) -> User:
        """The user of a live token; otherwise ``Unauthorized`` saying why."""
        now = utcnow()
        with self.db.read() as s:
            found = s.execute(
                select(ApiToken, User)
                .join(User, User.id == ApiToken.user_id)
                .where(ApiToken.token_hash == _digest(text))
            ).first()
        if found is None:
            raise Unauthorized("invalid token")
        token, user = found
        if token.revoked_at is not None:
            raise Unauthorized("this token was revoked")
        if token.expires_at is not None and token.expires_at <= now:
            raise Unauthorized("this token has expired: create a new one")
        if user.disabled:
            raise Unauthorized("this account is disabled")
        last = token.last_used_at
        if last is None or (now - last).total_seconds() > TOUCH_EVERY_S:
            self._touch(token.id, now)
        return user

    def _touch(self, token_id: int, now: datetime) -> None:
        """Note the token's use. Only a convenience for its owner: a failed write (a full disk,
        a locked database) is logged, and the request it serves goes on."""
        try:
            with self.db.write() as s:
                s.execute(update(ApiToken).where(ApiToken.id == token_id).values(last_used_at=now))
        except SQLAlchemyError as exc:
            log.warning("could not note the use of token %d: %s", token_id, exc)


def _info(row: ApiToken) -> TokenInfo:
    return TokenInfo(
        id=row.id,
        user_id=row.user_id,
        name=row.name,
        prefix=row.prefix,
        created_at=row.created_at,
        last_used_at=row.last_used_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
    )


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()
