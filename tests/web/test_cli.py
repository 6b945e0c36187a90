"""The web app's account commands: tiku user list/reset-password/disable/enable, tiku token
create/list/revoke, on a real SQLite data folder."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tiku.cli import app
from tiku.service import Settings
from tiku.service.accounts import Accounts
from tiku.store import Database

runner = CliRunner()


def tiku(data: Path, *args: str) -> str:
    result = runner.invoke(app, [*args, "--data-dir", str(data)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    tiku(folder, "user", "create", "alice", "--password", "password123")
    tiku(folder, "user", "create", "root", "--admin", "--password", "password123")
    return folder


_opened: list[Database] = []


def accounts(data: Path) -> Accounts:
    """The accounts as the server would see them (a fresh look at the database)."""
    db = Database(f"sqlite:///{data / 'tiku.db'}")
    _opened.append(db)
    return Accounts(db, Settings(data_dir=data))


@pytest.fixture(autouse=True)
def close_databases() -> Iterator[None]:
    yield
    while _opened:
        _opened.pop().close()


def test_user_list_reset_disable_enable(data: Path) -> None:
    listing = tiku(data, "user", "list")
    assert re.search(r"alice\s+user\s+active", listing)
    assert re.search(r"root\s+admin\s+active", listing)
    _, sid = accounts(data).login("alice", "password123")
    out = tiku(data, "user", "reset-password", "ALICE")
    new = out.strip().rsplit(" ", 1)[-1]
    assert out.startswith("new password for 'ALICE': ") and len(new) >= 12
    a = accounts(data)
    assert a.sessions.resolve(sid) is None  # every session ended
    assert a.authenticate("alice", new)
    assert "changed" in tiku(data, "user", "reset-password", "alice", "--password", "chosen-pw-1")
    assert accounts(data).authenticate("alice", "chosen-pw-1")
    tiku(data, "user", "disable", "alice")
    assert re.search(r"alice\s+user\s+disabled", tiku(data, "user", "list"))
    tiku(data, "user", "enable", "alice")
    assert re.search(r"alice\s+user\s+active", tiku(data, "user", "list"))
    missing = runner.invoke(app, ["user", "disable", "nobody", "--data-dir", str(data)])
    assert missing.exit_code == 2 and "no user 'nobody'" in missing.output


def test_token_create_list_revoke(data: Path) -> None:
    token = tiku(data, "token", "create", "alice", "--name", "laptop").strip()
    assert token.startswith("tk_") and "\n" not in token  # alone on stdout
    tiku(data, "token", "create", "alice", "--name", "ci", "--expires-days", "7")
    tiku(data, "token", "create", "alice", "--name", "cron", "--expires-days", "never")
    listing = tiku(data, "token", "list", "alice").splitlines()
    assert listing[0].split()[:4] == ["ID", "NAME", "PREFIX", "STATUS"]
    rows = {line.split()[1]: line for line in listing[1:]}
    assert set(rows) == {"laptop", "ci", "cron"}
    assert rows["cron"].rstrip().endswith("never") and "active" in rows["laptop"]
    assert accounts(data).user_for_token(token).username == "alice"
    token_id = rows["laptop"].split()[0]
    assert "revoked token" in tiku(data, "token", "revoke", token_id)
    assert "revoked" in tiku(data, "token", "list", "alice")
    with pytest.raises(Exception, match="revoked"):
        accounts(data).user_for_token(token)
    bad = runner.invoke(
        app, ["token", "create", "alice", "--expires-days", "soon", "--data-dir", str(data)]
    )
    assert bad.exit_code == 2
    assert runner.invoke(app, ["token", "revoke", "999", "--data-dir", str(data)]).exit_code == 2
