"""Accounts through the pages and the API: server-side sessions (a replayed cookie after logout is
refused), login throttling (429 with Retry-After), tokens (list, create, revoke, expiry), password
change, disabled users, the account page, registration limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from tests.service.support import csrf_of, make_small_bank
from tests.web.conftest import bearer, register
from tiku.service import Settings, Tiku
from tiku.store import ApiToken
from tiku.store.models import utcnow
from tiku.web import create_app


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True, scope="module")
def fast_hashes(tiku: Tiku) -> None:
    """Cheaper argon2 parameters (still argon2id): these tests verify many passwords."""
    tiku.accounts.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture
def clock(tiku: Tiku) -> Iterator[Clock]:
    clock = Clock()
    before = tiku.accounts.throttle.clock
    tiku.accounts.throttle.clock = clock
    yield clock
    tiku.accounts.throttle.clock = before


def client_from(app: Any, address: str) -> TestClient:
    return TestClient(app, client=(address, 40000), headers={"Accept-Language": "en"})


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body: dict[str, Any] = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    return body["error"]


def log_in(client: TestClient, username: str, password: str = "password123") -> Any:
    token = csrf_of(client.get("/login").text)
    return client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        follow_redirects=False,
    )


# -- sessions -----------------------------------------------------------------------------------


def test_a_logged_out_cookie_no_longer_works(client: TestClient) -> None:
    token = register(client, "replay")
    cookie = client.cookies["tiku_session"]
    assert client.get("/api/v1/me").json()["username"] == "replay"
    r = client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    client.cookies.clear()
    client.cookies.set("tiku_session", cookie)  # the stolen or kept cookie, replayed
    _error(client.get("/api/v1/me"), 401, "unauthorized")
    assert "replay" not in client.get("/problems").text


def test_the_cookie_holds_no_user_id_and_login_rotates_the_session(
    client: TestClient, tiku: Tiku
) -> None:
    import base64
    import json

    register(client, "rotate")
    first = client.cookies["tiku_session"]
    payload = json.loads(base64.b64decode(first.split(".")[0] + "=="))
    assert set(payload) == {"sid", "csrf"}
    assert log_in(client, "ROTATE").status_code == 303  # the name in any case
    second = client.cookies["tiku_session"]
    assert second != first
    client.cookies.clear()
    client.cookies.set("tiku_session", first)
    _error(client.get("/api/v1/me"), 401, "unauthorized")  # the session before the login ended
    client.cookies.clear()
    client.cookies.set("tiku_session", second)
    assert client.get("/api/v1/me").json()["username"] == "rotate"


def test_registering_in_a_logged_in_browser_ends_its_session(client: TestClient) -> None:
    register(client, "before")
    cookie = client.cookies["tiku_session"]
    register(client, "after")
    assert client.get("/api/v1/me").json()["username"] == "after"
    client.cookies.clear()
    client.cookies.set("tiku_session", cookie)
    _error(client.get("/api/v1/me"), 401, "unauthorized")


# -- throttling ---------------------------------------------------------------------------------


def test_login_is_throttled_before_the_password_is_checked(
    app: Any, tiku: Tiku, clock: Clock
) -> None:
    tiku.accounts.create_user("victim", "password123")
    with client_from(app, "198.51.100.10") as c:
        for _ in range(5):
            r = log_in(c, "victim", "wrong-password")
            assert r.status_code == 401 and "wrong username or password" in r.text
        r = log_in(c, "victim")  # the right password, refused while the account waits
        assert r.status_code == 429 and r.headers["retry-after"] == "1"
        assert 'id="form-error"' in r.text and "try again in 1 seconds" in r.text
        assert "victim" not in c.get("/problems").text
        clock.now += 1
        assert log_in(c, "victim", "wrong-password").status_code == 401
        r = log_in(c, "victim")
        assert r.status_code == 429 and r.headers["retry-after"] == "2"  # the wait grows
        # a JSON client gets the one error shape
        token = csrf_of(c.get("/login").text)
        r = c.post(
            "/login",
            data={"username": "victim", "password": "password123", "csrf_token": token},
            headers={"Accept": "application/json"},
        )
        error = _error(r, 429, "rate_limited")
        assert error["details"]["retry_after_s"] == 2.0 and r.headers["retry-after"] == "2"
        clock.now += 2
        assert log_in(c, "victim").status_code == 303


def test_the_login_page_says_how_long_to_wait_in_chinese(
    app: Any, tiku: Tiku, clock: Clock
) -> None:
    with client_from(app, "198.51.100.11") as c:
        for _ in range(5):
            log_in(c, "nobody-here", "wrong-password")
        c.cookies.set("tiku_lang", "zh")
        r = log_in(c, "nobody-here", "wrong-password")
        assert r.status_code == 429 and "请在 1 秒后再试" in r.text


# -- tokens -------------------------------------------------------------------------------------


def test_tokens_are_listed_created_and_revoked_through_the_api(
    client: TestClient, tiku: Tiku
) -> None:
    tiku.accounts.create_user("tokens", "password123")
    first = tiku.accounts.create_token("tokens", "laptop")
    h = bearer(first)
    r = client.post("/api/v1/tokens", json={"name": "ci", "expires_days": 7}, headers=h)
    assert r.status_code == 201, r.text
    ci = r.json()
    assert ci["token"].startswith("tk_") and ci["status"] == "active" and ci["expires_at"]
    r = client.post("/api/v1/tokens", json={"name": "forever", "expires_days": "never"}, headers=h)
    assert r.status_code == 201 and r.json()["expires_at"] is None
    _error(
        client.post("/api/v1/tokens", json={"expires_days": 0}, headers=h), 422, "invalid_request"
    )
    listed = client.get("/api/v1/tokens", headers=h).json()
    assert [t["name"] for t in listed] == ["forever", "ci", "laptop"]
    assert all("token" not in t for t in listed)
    laptop = listed[-1]
    assert laptop["expires_at"] and laptop["last_used_at"]  # 90 days by default; just used
    # another user's tokens cannot be seen or revoked
    tiku.accounts.create_user("tokens2", "password123")
    other = bearer(tiku.accounts.create_token("tokens2"))
    assert client.get("/api/v1/tokens", headers=other).json()[0]["name"] == ""
    _error(client.delete(f"/api/v1/tokens/{ci['id']}", headers=other), 404, "not_found")
    # revoked: refused at once, with a clear message
    assert client.delete(f"/api/v1/tokens/{ci['id']}", headers=h).status_code == 204
    error = _error(client.get("/api/v1/me", headers=bearer(ci["token"])), 401, "unauthorized")
    assert error["message"] == "this token was revoked"
    assert client.get("/api/v1/tokens", headers=h).json()[1]["status"] == "revoked"


def test_an_expired_token_gets_401_saying_so(client: TestClient, tiku: Tiku) -> None:
    tiku.accounts.create_user("expiring", "password123")
    token = tiku.accounts.create_token("expiring", expires_days=1)
    assert client.get("/api/v1/me", headers=bearer(token)).status_code == 200
    with tiku.db.write() as s:
        s.execute(
            update(ApiToken)
            .where(ApiToken.prefix == token[:10])
            .values(expires_at=utcnow() - timedelta(seconds=1))
        )
    error = _error(client.get("/api/v1/me", headers=bearer(token)), 401, "unauthorized")
    assert "expired" in error["message"]


def test_a_full_disk_does_not_turn_token_reads_into_errors(
    client: TestClient, tiku: Tiku, monkeypatch: pytest.MonkeyPatch
) -> None:
    tiku.accounts.create_user("fulldisk", "password123")
    token = tiku.accounts.create_token("fulldisk")  # never used: its use is due to be written

    @contextmanager
    def full_disk() -> Iterator[None]:
        raise OperationalError("UPDATE", {}, Exception("database or disk is full"))
        yield

    monkeypatch.setattr(tiku.db, "write", full_disk)
    r = client.get("/api/v1/me", headers=bearer(token))
    assert r.status_code == 200 and r.json()["username"] == "fulldisk"
    assert client.get("/api/v1/submissions", headers=bearer(token)).status_code == 200


# -- passwords ----------------------------------------------------------------------------------


def test_changing_the_password_ends_the_other_sessions(app: Any, tiku: Tiku) -> None:
    tiku.accounts.create_user("changer", "password123")
    with client_from(app, "192.0.2.50") as here, client_from(app, "192.0.2.51") as there:
        assert log_in(here, "changer").status_code == 303
        assert log_in(there, "changer").status_code == 303
        csrf = csrf_of(here.get("/account").text)
        body = {"current_password": "password123", "new_password": "new-password-1"}
        wrong = {**body, "current_password": "not-it-at-all"}
        _error(
            here.post("/api/v1/me/password", json=wrong, headers={"X-CSRF-Token": csrf}),
            400,
            "invalid_request",
        )
        r = here.post("/api/v1/me/password", json=body, headers={"X-CSRF-Token": csrf})
        assert r.status_code == 204, r.text
        assert here.get("/api/v1/me").status_code == 200  # this session goes on
        _error(there.get("/api/v1/me"), 401, "unauthorized")  # the other one ended
        assert log_in(there, "changer").status_code == 401
        assert log_in(there, "changer", "new-password-1").status_code == 303


def test_the_account_page(app: Any, tiku: Tiku) -> None:
    tiku.accounts.create_user("pager", "password123")
    with client_from(app, "192.0.2.60") as c, client_from(app, "192.0.2.61") as other:
        log_in(other, "pager")
        log_in(c, "pager")
        page = c.get("/account", headers={"User-Agent": "TestBrowser/1.0"})
        assert page.status_code == 200
        assert page.text.count("data-session=") == 2 and "192.0.2.61" in page.text
        csrf = csrf_of(page.text)
        # a token, shown once
        r = c.post(
            "/account/tokens", data={"name": "cli", "expires_days": "30", "csrf_token": csrf}
        )
        match = re.search(r'id="new-token">(tk_[^<]+)<', r.text)
        assert r.status_code == 200 and match
        assert c.get("/api/v1/me", headers=bearer(match.group(1))).status_code == 200
        (token_id,) = re.findall(r'data-token="(\d+)" data-status="active"', r.text)
        r = c.post(f"/account/tokens/{token_id}/revoke", data={"csrf_token": csrf})
        assert f'data-token="{token_id}" data-status="revoked"' in r.text
        _error(c.get("/api/v1/me", headers=bearer(match.group(1))), 401, "unauthorized")
        # end the other browser's session
        ids = re.findall(r'data-session="(\d+)"', c.get("/account").text)
        current = re.search(r'data-session="(\d+)">\s*<td>[^<]*<strong>', c.get("/account").text)
        assert current
        (other_id,) = [i for i in ids if i != current.group(1)]
        r = c.post(f"/account/sessions/{other_id}/revoke", data={"csrf_token": csrf})
        assert r.status_code == 200 and r.url.path == "/account"
        _error(other.get("/api/v1/me"), 401, "unauthorized")
        # change the password through the form
        r = c.post(
            "/account/password",
            data={
                "current_password": "password123",
                "new_password": "new-password-2",
                "new_password2": "new-password-2",
                "csrf_token": csrf,
            },
        )
        assert r.status_code == 200 and 'id="form-message"' in r.text
        # ending this very session logs out
        r = c.post(
            f"/account/sessions/{current.group(1)}/revoke",
            data={"csrf_token": csrf},
            follow_redirects=False,
        )
        assert r.headers["location"] == "/login"
        assert c.get("/account", follow_redirects=False).status_code == 303
    assert tiku.accounts.authenticate("pager", "new-password-2")


def test_the_account_page_needs_a_login(client: TestClient) -> None:
    r = client.get("/account", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    csrf = csrf_of(client.get("/login").text)
    r = client.post("/account/tokens", data={"csrf_token": csrf}, follow_redirects=False)
    assert r.status_code == 401


# -- disabled users -----------------------------------------------------------------------------


def test_disabling_a_user_stops_their_session_and_tokens_at_once(
    client: TestClient, tiku: Tiku
) -> None:
    register(client, "tobedisabled")
    token = tiku.accounts.create_token("tobedisabled")
    assert client.get("/api/v1/me").status_code == 200
    tiku.accounts.set_disabled("tobedisabled", True)
    _error(client.get("/api/v1/me"), 401, "unauthorized")
    error = _error(client.get("/api/v1/me", headers=bearer(token)), 401, "unauthorized")
    assert error["message"] == "this account is disabled"
    r = log_in(client, "tobedisabled")
    assert r.status_code == 403 and "此账户已被停用" in r.text  # the default locale: zh
    tiku.accounts.set_disabled("tobedisabled", False)
    assert client.get("/api/v1/me", headers=bearer(token)).status_code == 200
    assert log_in(client, "tobedisabled").status_code == 303


# -- registration -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def strict(tiku: Tiku, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """An app whose registrations are limited as in production (a few per address and hour)."""
    base = tmp_path_factory.mktemp("strict")
    t = Tiku(
        Settings(
            data_dir=base / "data",
            bank_root=make_small_bank(base / "bank"),
            register_rate_per_hour=2,
            register_failures_per_hour=3,
        ),
        judge=tiku.judge,
    )
    t.start(create_admin=False)
    t.accounts.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield create_app(tiku=t)
    t.close()


def _register(c: TestClient, username: str) -> Any:
    token = csrf_of(c.get("/register").text)
    data = {"username": username, "password": "password123", "password2": "password123"}
    return c.post("/register", data={**data, "csrf_token": token}, follow_redirects=False)


def test_registrations_and_refusals_are_limited_per_address(strict: Any) -> None:
    with client_from(strict, "203.0.113.1") as c:
        assert _register(c, "first").status_code == 303
        c.cookies.clear()
        assert _register(c, "second").status_code == 303
        c.cookies.clear()
        r = _register(c, "third")
        assert r.status_code == 429 and int(r.headers["retry-after"]) > 60
        assert 'id="form-error"' in r.text
    with client_from(strict, "203.0.113.2") as c:
        # "taken" is said plainly, so that a person can pick another name ...
        for _ in range(3):
            r = _register(c, "FIRST")
            assert r.status_code == 409 and "this username is taken" in r.text
        # ... but an address cannot probe many names
        r = _register(c, "another-name")
        assert r.status_code == 429 and r.headers["retry-after"]
