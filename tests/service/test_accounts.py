"""Accounts: case-insensitive login, login throttling (with a clock the test moves), sessions and
tokens that end, password change and reset, disabled users, registration limits, private files."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from tests.service.support import make_small_bank
from tiku.service import Settings, Tiku
from tiku.service.accounts import Accounts
from tiku.service.datadir import prepare_data_dir
from tiku.service.errors import BadRequest, Conflict, Forbidden, NotFound, RateLimited, Unauthorized
from tiku.service.throttle import LoginThrottle, address_key
from tiku.store import ApiToken, Database, LoginSession
from tiku.store.models import utcnow


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'tiku.db'}")
    database.upgrade()
    yield database
    database.close()


FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # argon2id all the same


def _accounts(db: Database, clock: Clock, tmp_path: Path, **settings: object) -> Accounts:
    return Accounts(
        db,
        Settings(data_dir=tmp_path, **settings),  # type: ignore[arg-type]
        hasher=FAST_HASHER,
        clock=clock,
    )


@pytest.fixture
def accounts(db: Database, clock: Clock, tmp_path: Path) -> Accounts:
    return _accounts(db, clock, tmp_path)


def _wrong(accounts: Accounts, username: str, address: str = "", times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(Unauthorized):
            accounts.authenticate(username, "wrong-password", address=address)


# -- login --------------------------------------------------------------------------------------


def test_login_ignores_the_case_of_the_username(accounts: Accounts) -> None:
    accounts.create_user("Alice", "password123")
    assert accounts.authenticate("alice", "password123").username == "Alice"
    assert accounts.authenticate("ALICE", "password123").username == "Alice"
    assert accounts.by_name("aLiCe").username == "Alice"
    with pytest.raises(Conflict):
        accounts.create_user("ALICE", "password123")


def test_after_the_free_failures_even_the_right_password_waits_and_the_wait_grows(
    accounts: Accounts, clock: Clock
) -> None:
    accounts.create_user("bob", "password123")
    _wrong(accounts, "bob", times=5)  # the free failures
    waits = []
    for _ in range(5):
        with pytest.raises(RateLimited) as refused:
            accounts.authenticate("bob", "password123")  # the right one, refused unverified
        waits.append(refused.value.retry_after_s)
        clock.now += refused.value.retry_after_s
        _wrong(accounts, "BOB")  # the account, whatever the case
    assert waits == [1.0, 2.0, 4.0, 8.0, 16.0]
    # capped at 15 minutes
    for _ in range(10):
        clock.now += 900
        _wrong(accounts, "bob")
    with pytest.raises(RateLimited) as refused:
        accounts.authenticate("bob", "password123")
    assert refused.value.retry_after_s == 900
    # once the wait is over the right password works, and clears the account
    clock.now += 900
    assert accounts.authenticate("bob", "password123").username == "bob"
    _wrong(accounts, "bob", times=5)


def test_two_hundred_guesses_then_the_right_password_is_refused(
    accounts: Accounts, clock: Clock
) -> None:
    """The issue's attack: 200 wrong passwords at 6.5 a second, then the right one."""
    accounts.create_user("carol", "password123")
    refused = 0
    for _ in range(200):
        try:
            accounts.authenticate("carol", "guess-guess")
        except RateLimited:
            refused += 1
        except Unauthorized:
            pass
        clock.now += 1 / 6.5
    assert refused > 180
    with pytest.raises(RateLimited):
        accounts.authenticate("carol", "password123")


def test_failures_are_forgotten_after_a_quiet_hour(accounts: Accounts, clock: Clock) -> None:
    accounts.create_user("dora", "password123")
    _wrong(accounts, "dora", times=5)
    clock.now += 3601
    _wrong(accounts, "dora", times=4)
    assert accounts.authenticate("dora", "password123")


def test_one_address_guessing_many_accounts_is_throttled(accounts: Accounts, clock: Clock) -> None:
    accounts.create_user("erin", "password123")
    for i in range(20):
        _wrong(accounts, f"user{i}", address="203.0.113.7")
    with pytest.raises(RateLimited):
        accounts.authenticate("erin", "password123", address="203.0.113.7")
    # another address is not concerned
    assert accounts.authenticate("erin", "password123", address="198.51.100.1")
    # a success from the address gives back only its own attempt
    clock.now += 1
    assert accounts.authenticate("erin", "password123", address="203.0.113.7")
    with pytest.raises(RateLimited):
        accounts.authenticate("erin", "password123", address="203.0.113.7")


def test_attempts_are_counted_before_they_are_verified(tmp_path: Path, clock: Clock) -> None:
    """Attempts sent all at once cannot slip through before the first failure is recorded."""
    throttle = LoginThrottle(Settings(data_dir=tmp_path), clock)
    for _ in range(5):
        throttle.begin("frank", "192.0.2.1")  # none has finished verifying yet
    with pytest.raises(RateLimited):
        throttle.begin("frank", "192.0.2.1")


def test_address_keys() -> None:
    assert address_key("192.0.2.1") == "192.0.2.1"
    assert address_key("2001:db8::1") == address_key("2001:db8::ffff") == "2001:db8::/64"
    assert address_key("::ffff:192.0.2.1") == "192.0.2.1"
    assert address_key(None) == "" and address_key("testclient") == "testclient"


# -- sessions -----------------------------------------------------------------------------------


def test_sessions_end_and_rotate(accounts: Accounts, db: Database) -> None:
    accounts.create_user("gus", "password123")
    user, sid = accounts.login("gus", "password123", user_agent="UA", address="192.0.2.9")
    found = accounts.sessions.resolve(sid)
    assert found is not None and found[0].id == user.id
    (info,) = accounts.sessions.active(user.id)
    assert (info.user_agent, info.address) == ("UA", "192.0.2.9")
    # logging in again from the same browser ends the session it had
    _, sid2 = accounts.login("gus", "password123", replacing=sid)
    assert accounts.sessions.resolve(sid) is None and accounts.sessions.resolve(sid2)
    accounts.sessions.end(sid2)
    assert accounts.sessions.resolve(sid2) is None
    # an expired session is no session
    _, sid3 = accounts.login("gus", "password123")
    with db.write() as s:
        s.execute(update(LoginSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert accounts.sessions.resolve(sid3) is None
    assert accounts.sessions.active(user.id) == []
    # only the hash is stored
    with db.read() as s:
        assert all(sid3 not in row.session_hash for row in s.query(LoginSession))


def test_a_session_is_only_its_owners_to_revoke(accounts: Accounts) -> None:
    accounts.create_user("hal", "password123")
    accounts.create_user("ida", "password123")
    hal, sid = accounts.login("hal", "password123")
    ida, _ = accounts.login("ida", "password123")
    (session,) = accounts.sessions.active(hal.id)
    with pytest.raises(NotFound):
        accounts.sessions.revoke(ida.id, session.id)
    accounts.sessions.revoke(hal.id, session.id)
    assert accounts.sessions.resolve(sid) is None


def test_a_failed_last_seen_write_does_not_fail_the_request(
    accounts: Accounts, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts.create_user("joe", "password123")
    _, sid = accounts.login("joe", "password123")
    token = accounts.create_token("joe")
    with db.write() as s:  # both due for a "last used" write
        s.execute(update(LoginSession).values(last_seen_at=utcnow() - timedelta(hours=1)))

    @contextmanager
    def full_disk() -> Iterator[None]:
        raise OperationalError("UPDATE", {}, Exception("database or disk is full"))
        yield

    monkeypatch.setattr(db, "write", full_disk)
    assert accounts.user_for_token(token).username == "joe"
    found = accounts.sessions.resolve(sid)
    assert found is not None and found[0].username == "joe"


# -- tokens -------------------------------------------------------------------------------------


def test_tokens_expire_after_90_days_by_default_and_never_only_when_asked(
    accounts: Accounts,
) -> None:
    user = accounts.create_user("kim", "password123")
    default, _ = accounts.tokens.create(user.id, "laptop")
    assert default.expires_at is not None
    assert abs((default.expires_at - utcnow()) - timedelta(days=90)) < timedelta(minutes=1)
    week, _ = accounts.tokens.create(user.id, "ci", 7)
    assert week.expires_at is not None
    assert abs((week.expires_at - utcnow()) - timedelta(days=7)) < timedelta(minutes=1)
    never, _ = accounts.tokens.create(user.id, "forever", "never")
    assert never.expires_at is None and never.status() == "active"
    for bad in (0, -1, 3651):
        with pytest.raises(BadRequest):
            accounts.tokens.create(user.id, "", bad)
    assert [t.name for t in accounts.tokens.of_user(user.id)] == ["forever", "ci", "laptop"]


def test_revoked_and_expired_tokens_are_refused_with_a_clear_message(
    accounts: Accounts, db: Database
) -> None:
    user = accounts.create_user("lee", "password123")
    other = accounts.create_user("max", "password123")
    revoked, revoked_text = accounts.tokens.create(user.id)
    expired, expired_text = accounts.tokens.create(user.id)
    assert accounts.user_for_token(revoked_text).id == user.id
    with pytest.raises(NotFound):  # another user's token: as if it did not exist
        accounts.tokens.revoke(revoked.id, user_id=other.id)
    assert accounts.tokens.revoke(revoked.id, user_id=user.id).status() == "revoked"
    with pytest.raises(Unauthorized, match="revoked"):
        accounts.user_for_token(revoked_text)
    with db.write() as s:
        s.execute(
            update(ApiToken)
            .where(ApiToken.id == expired.id)
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    with pytest.raises(Unauthorized, match="expired"):
        accounts.user_for_token(expired_text)
    assert accounts.tokens.get(expired.id).status() == "expired"
    with pytest.raises(Unauthorized, match="invalid token"):
        accounts.user_for_token("tk_nonsense")


# -- passwords and disabled users ---------------------------------------------------------------


def test_a_password_change_ends_the_other_sessions(accounts: Accounts) -> None:
    accounts.create_user("ned", "password123")
    user, here = accounts.login("ned", "password123")
    _, elsewhere = accounts.login("ned", "password123")
    here_found = accounts.sessions.resolve(here)
    assert here_found is not None
    with pytest.raises(BadRequest, match="current password"):
        accounts.change_password(user, "not-my-password", "new-password-1")
    with pytest.raises(BadRequest):
        accounts.change_password(user, "password123", "short")
    ended = accounts.change_password(
        user, "password123", "new-password-1", keep_session=here_found[1]
    )
    assert ended == 1
    assert accounts.sessions.resolve(here) and accounts.sessions.resolve(elsewhere) is None
    with pytest.raises(Unauthorized):
        accounts.authenticate("ned", "password123")
    assert accounts.authenticate("ned", "new-password-1")


def test_the_current_password_check_is_throttled(accounts: Accounts) -> None:
    user = accounts.create_user("oda", "password123")
    for _ in range(5):
        with pytest.raises(BadRequest):
            accounts.change_password(user, "guess-guess", "new-password-1")
    with pytest.raises(RateLimited):
        accounts.change_password(user, "password123", "new-password-1")


def test_an_administrators_reset_ends_every_session(accounts: Accounts) -> None:
    accounts.create_user("pia", "password123")
    _, sid = accounts.login("pia", "password123")
    new = accounts.reset_password("PIA")
    assert len(new) >= 12 and accounts.sessions.resolve(sid) is None
    assert accounts.authenticate("pia", new)
    assert accounts.reset_password("pia", "chosen-password") == "chosen-password"
    assert accounts.authenticate("pia", "chosen-password")


def test_a_disabled_user_cannot_log_in_and_their_credentials_stop_at_once(
    accounts: Accounts,
) -> None:
    accounts.create_user("quinn", "password123")
    _, sid = accounts.login("quinn", "password123")
    token = accounts.create_token("quinn")
    accounts.set_disabled("quinn", True)
    assert accounts.sessions.resolve(sid) is None
    with pytest.raises(Unauthorized, match="disabled"):
        accounts.user_for_token(token)
    with pytest.raises(Forbidden, match="disabled"):
        accounts.authenticate("quinn", "password123")
    with pytest.raises(Unauthorized):  # a wrong password says nothing about it
        accounts.authenticate("quinn", "wrong-password")
    accounts.set_disabled("quinn", False)
    assert accounts.user_for_token(token).username == "quinn"
    assert accounts.sessions.resolve(sid) is None  # sessions do not come back
    assert accounts.authenticate("quinn", "password123")
    assert [u.disabled for u in accounts.users()] == [False]


# -- registration -------------------------------------------------------------------------------


def test_registrations_are_limited_per_address(db: Database, clock: Clock, tmp_path: Path) -> None:
    accounts = _accounts(
        db, clock, tmp_path, register_rate_per_hour=2, register_failures_per_hour=3
    )
    accounts.register("reg1", "password123", address="192.0.2.1")
    accounts.register("reg2", "password123", address="192.0.2.1")
    with pytest.raises(RateLimited):
        accounts.register("reg3", "password123", address="192.0.2.1")
    accounts.register("reg3", "password123", address="192.0.2.2")
    # the name is said to be taken (a user must be able to pick another), a few times an hour
    for _ in range(3):
        with pytest.raises(Conflict, match="taken"):
            accounts.register("REG1", "password123", address="192.0.2.3")
    with pytest.raises(RateLimited) as refused:
        accounts.register("fresh-name", "password123", address="192.0.2.3")
    assert 0 < refused.value.retry_after_s <= 1200
    clock.now += refused.value.retry_after_s
    accounts.register("fresh-name", "password123", address="192.0.2.3")


# -- private files ------------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_data_folder_and_its_files_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    t = Tiku(Settings(data_dir=data, bank_root=make_small_bank(tmp_path / "bank")))
    try:
        t.start(create_admin=False)
        assert t.secret_key
        assert _mode(data) == 0o700
        files = [p for p in data.iterdir() if p.is_file()]
        names = {p.name for p in files}
        assert {"tiku.db", "tiku.db-wal", "tiku.db-shm", "secret_key"} <= names, names
        assert {p.name: _mode(p) for p in files} == dict.fromkeys(names, 0o600)
    finally:
        t.close()


def test_an_older_open_data_folder_is_made_private_at_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    db = Database(f"sqlite:///{data / 'tiku.db'}")
    db.upgrade()
    db.close()
    (data / "secret_key").write_text("old-key")
    for p in [data, *data.iterdir()]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    (data / "tiku.db-wal").write_bytes(b"")
    (data / "tiku.db-wal").chmod(0o644)
    prepare_data_dir(data)
    assert _mode(data) == 0o700
    assert {p.name: _mode(p) for p in data.iterdir()} == {
        "tiku.db": 0o600,
        "tiku.db-wal": 0o600,
        "secret_key": 0o600,
    }
