"""A started app over a small copy of the bank, shared by a module's tests, and logged-in clients."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

from tests.service.support import csrf_of, make_small_bank
from tiku.service import Settings, Tiku
from tiku.web import create_app


@pytest.fixture(scope="module")
def tiku(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tiku]:
    base = tmp_path_factory.mktemp("web")
    settings = Settings(
        data_dir=base / "data",
        bank_root=make_small_bank(base / "bank"),
        submit_rate_per_min=1000,
        run_rate_per_min=1000,
        register_rate_per_hour=1000,  # every test registers from the same address
        register_failures_per_hour=1000,
    )
    t = Tiku(settings)
    t.start()
    yield t
    t.close()


@pytest.fixture(scope="module")
def app(tiku: Tiku):  # type: ignore[no-untyped-def]
    return create_app(tiku=tiku)


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app) as c:
        yield c


def register(client: TestClient, username: str, password: str = "password123") -> str:
    """Register and log in through the pages; the CSRF token of the new session."""
    token = csrf_of(client.get("/register").text)
    r = client.post(
        "/register",
        data={
            "username": username,
            "password": password,
            "password2": password,
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/problems").text)


@pytest.fixture
def api_token(tiku: Tiku) -> str:
    import uuid

    name = "api-" + uuid.uuid4().hex[:8]
    tiku.accounts.create_user(name, "password123")
    return tiku.accounts.create_token(name)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
