"""Users, argon2 password hashes and bearer tokens (only their SHA-256 is stored)."""

from __future__ import annotations

import hashlib
import re
import secrets
from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from tiku.service.errors import BadRequest, Conflict, NotFound, Unauthorized
from tiku.store import ApiToken, Database, User
from tiku.store.models import utcnow

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{3,32}$")
MIN_PASSWORD = 8
TOKEN_PREFIX = "tk_"


class Accounts:
    def __init__(self, db: Database, hasher: PasswordHasher | None = None) -> None:
        self.db = db
        self.hasher = hasher or PasswordHasher()

    @cached_property
    def _dummy(self) -> str:
        """Verifying against a dummy hash keeps unknown users as slow as wrong passwords (made
        at the first login, not at start: hashing costs a good part of a second)."""
        return self.hasher.hash("tiku-dummy-password")

    def create_user(self, username: str, password: str, *, is_admin: bool = False) -> User:
        if not USERNAME_RE.match(username):
            raise BadRequest("username: 3-32 letters, digits, '_', '.' or '-'", field="username")
        if len(password) < MIN_PASSWORD:
            raise BadRequest("password: at least 8 characters", field="password")
        with self.db.write() as s:
            if s.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
                raise Conflict("this username is taken", field="username")
            user = User(
                username=username, password_hash=self.hasher.hash(password), is_admin=is_admin
            )
            s.add(user)
            s.flush()
            return user

    def authenticate(self, username: str, password: str) -> User:
        with self.db.read() as s:
            user = s.scalar(select(User).where(User.username == username))
        try:
            if user is None:
                self.hasher.verify(self._dummy, password)
                raise Unauthorized("wrong username or password")
            self.hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise Unauthorized("wrong username or password") from None
        return user

    def get(self, user_id: int) -> User | None:
        with self.db.read() as s:
            return s.get(User, user_id)

    def by_name(self, username: str) -> User:
        with self.db.read() as s:
            user = s.scalar(select(User).where(User.username == username))
        if user is None:
            raise NotFound(f"no user '{username}'")
        return user

    def count(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count(User.id))) or 0)

    def create_token(self, username: str, name: str = "") -> str:
        """A new bearer token for ``username``; the only time its text is known."""
        user = self.by_name(username)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self.db.write() as s:
            s.add(
                ApiToken(user_id=user.id, name=name, token_hash=_digest(token), prefix=token[:10])
            )
        return token

    def user_for_token(self, token: str) -> User:
        with self.db.read() as s:
            row = s.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
            if row is None:
                raise Unauthorized("invalid or revoked token")
            user = s.get(User, row.user_id)
            token_id = row.id
            stale = row.last_used_at is None or (utcnow() - row.last_used_at).total_seconds() > 60
        if user is None:
            raise Unauthorized("invalid or revoked token")
        if stale:
            with self.db.write() as s:
                t = s.get(ApiToken, token_id)
                if t is not None:
                    t.last_used_at = utcnow()
        return user

    def set_locale(self, user_id: int, locale: str) -> None:
        with self.db.write() as s:
            user = s.get(User, user_id)
            if user is not None:
                user.locale = locale


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
