"""Users and their credentials: argon2 password hashes, login sessions and bearer tokens.

Usernames are unique whatever their case, and found whatever the case they are typed in. Logins
(and every other check of a password) go through the login throttle before the password is
verified; registrations are rate-limited per client address. A disabled user cannot log in, and
their sessions and tokens are refused at once.
"""

from __future__ import annotations

import re
import secrets
import time
from collections.abc import Callable
from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from tiku.service.errors import BadRequest, Conflict, Forbidden, NotFound, Unauthorized
from tiku.service.ratelimit import RateLimiter
from tiku.service.sessions import Sessions
from tiku.service.settings import Settings
from tiku.service.throttle import LoginThrottle
from tiku.service.tokens import Never, Tokens
from tiku.store import Database, User

USERNAME_RE = re.compile(r"^[A-Za-z0-9_.-]{3,32}$")
MIN_PASSWORD = 8
MAX_PASSWORD = 1024
WRONG_LOGIN = "wrong username or password"
DISABLED = "this account is disabled"


class Accounts:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.hasher = hasher or PasswordHasher()
        self.sessions = Sessions(db, settings.session_max_age_s)
        self.tokens = Tokens(db, settings.token_expiry_days)
        self.throttle = LoginThrottle(settings, clock)
        hour = 3600.0
        self.registrations = RateLimiter(
            settings.register_rate_per_hour,
            clock,
            period_s=hour,
            message="too many accounts registered from your address: try again later",
        )
        self.refused_registrations = RateLimiter(
            settings.register_failures_per_hour,
            clock,
            period_s=hour,
            message="too many refused registrations from your address: try again later",
        )

    @cached_property
    def _dummy(self) -> str:
        """Verifying against a dummy hash keeps unknown users as slow as wrong passwords (made
        at the first login, not at start: hashing costs a good part of a second)."""
        return self.hasher.hash("tiku-dummy-password")

    # -- users ----------------------------------------------------------------------------------

    def create_user(self, username: str, password: str, *, is_admin: bool = False) -> User:
        if not USERNAME_RE.match(username):
            raise BadRequest("username: 3-32 letters, digits, '_', '.' or '-'", field="username")
        _check_new_password(password)
        with self.db.write() as s:
            if s.scalar(select(User.id).where(func.lower(User.username) == username.lower())):
                raise Conflict("this username is taken", field="username")
            user = User(
                username=username, password_hash=self.hasher.hash(password), is_admin=is_admin
            )
            s.add(user)
            s.flush()
            return user

    def register(self, username: str, password: str, *, address: str = "") -> User:
        """A visitor's new account. "This username is taken" must be said (or nobody could
        pick another), which tells whether a name exists: so the refusals an address may get,
        and the accounts it may create, are limited per hour."""
        key = address or "-"
        self.refused_registrations.check(key)
        self.registrations.check(key)
        try:
            user = self.create_user(username, password)
        except (BadRequest, Conflict):
            self.refused_registrations.hit(key)
            raise
        self.registrations.hit(key)
        return user

    def get(self, user_id: int) -> User | None:
        with self.db.read() as s:
            return s.get(User, user_id)

    def by_name(self, username: str) -> User:
        user = self._find(username)
        if user is None:
            raise NotFound(f"no user '{username}'")
        return user

    def _find(self, username: str) -> User | None:
        with self.db.read() as s:
            return s.scalar(select(User).where(func.lower(User.username) == username.lower()))

    def users(self) -> list[User]:
        with self.db.read() as s:
            return list(s.scalars(select(User).order_by(User.id)).all())

    def count(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count(User.id))) or 0)

    def set_locale(self, user_id: int, locale: str) -> None:
        with self.db.write() as s:
            user = s.get(User, user_id)
            if user is not None:
                user.locale = locale

    def set_disabled(self, username: str, disabled: bool) -> User:
        """Disable (or enable again) a user. Disabling ends their sessions; their tokens are
        refused while the account is disabled and work again once it is enabled."""
        found = self.by_name(username)
        with self.db.write() as s:
            user = s.get(User, found.id)
            assert user is not None
            user.disabled = disabled
        if disabled:
            self.sessions.end_all(found.id)
        return user

    # -- passwords ------------------------------------------------------------------------------

    def authenticate(self, username: str, password: str, *, address: str = "") -> User:
        """The user whose name (in any case) and password these are. Throttled before the
        password is verified: while the account or the address must wait, ``RateLimited``
        even for the right password."""
        self.throttle.begin(username, address)
        user = self._find(username)
        try:
            if user is None:
                self.hasher.verify(self._dummy, password)
                raise Unauthorized(WRONG_LOGIN)
            self.hasher.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise Unauthorized(WRONG_LOGIN) from None
        self.throttle.succeeded(username, address)
        if user.disabled:
            raise Forbidden(DISABLED)
        return user

    def login(
        self,
        username: str,
        password: str,
        *,
        address: str = "",
        user_agent: str = "",
        replacing: str | None = None,
    ) -> tuple[User, str]:
        """Authenticate and start a session: the user and the new session id (for the cookie);
        the session ``replacing`` (the cookie's old one, if any) is ended."""
        user = self.authenticate(username, password, address=address)
        sid = self.sessions.start(
            user.id, user_agent=user_agent, address=address, replacing=replacing
        )
        return user, sid

    def change_password(
        self,
        user: User,
        current: str,
        new: str,
        *,
        address: str = "",
        keep_session: int | None = None,
    ) -> int:
        """Change ``user``'s password, given the current one (throttled like a login: a stolen
        session must not become a way to guess it). Every other session of the user ends; the
        one ``keep_session`` names goes on. How many sessions ended."""
        _check_new_password(new, field="new_password")
        self.throttle.begin(user.username, address)
        with self.db.read() as s:
            stored = s.scalar(select(User.password_hash).where(User.id == user.id))
        try:
            self.hasher.verify(stored or self._dummy, current)
        except (VerificationError, InvalidHashError):
            raise BadRequest("the current password is wrong", field="current_password") from None
        self.throttle.succeeded(user.username, address)
        self._set_password(user.id, new)
        return self.sessions.end_all(user.id, keep=keep_session)

    def reset_password(self, username: str, password: str | None = None) -> str:
        """An administrator's reset: a new password (random unless given) and every session
        of the user ended. The new password is returned (to be handed over once)."""
        user = self.by_name(username)
        password = password if password is not None else secrets.token_urlsafe(12)
        _check_new_password(password)
        self._set_password(user.id, password)
        self.sessions.end_all(user.id)
        self.throttle.succeeded(user.username)
        return password

    def _set_password(self, user_id: int, password: str) -> None:
        with self.db.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFound(f"no user {user_id}")
            user.password_hash = self.hasher.hash(password)

    # -- tokens ---------------------------------------------------------------------------------

    def create_token(
        self, username: str, name: str = "", expires_days: int | Never | None = None
    ) -> str:
        """A new bearer token for ``username``; the only time its text is known."""
        return self.tokens.create(self.by_name(username).id, name, expires_days)[1]

    def user_for_token(self, token: str) -> User:
        return self.tokens.resolve(token)


def _check_new_password(password: str, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD:
        raise BadRequest("password: at least 8 characters", field=field)
    if len(password) > MAX_PASSWORD:
        raise BadRequest("password: at most 1024 characters", field=field)
