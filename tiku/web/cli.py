"""``tiku serve``, ``tiku user ...`` (create, list, reset-password, disable, enable),
``tiku token ...`` (create, list, revoke) and ``tiku db upgrade``."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

# The service (SQLAlchemy, FastAPI) is imported inside each command: the judge's commands
# (``tiku judge``, ``tiku verify``) start without it.

DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", help="data folder (default $TIKU_DATA_DIR or ~/.local/share/tiku)"),
]
DatabaseUrl = Annotated[
    str | None,
    typer.Option("--database-url", help="SQLAlchemy URL (default SQLite in the data dir)"),
]


def _settings(data_dir: Path | None, database_url: str | None = None, **extra: Any) -> Any:
    from tiku.service import Settings

    values: dict[str, Any] = {k: v for k, v in extra.items() if v is not None}
    if data_dir is not None:
        values["data_dir"] = data_dir
    if database_url is not None:
        values["database_url"] = database_url
    return Settings(**values)


def _database(data_dir: Path | None, database_url: str | None) -> Any:
    return _open(data_dir, database_url)[1]


def _open(data_dir: Path | None, database_url: str | None) -> tuple[Any, Any]:
    from tiku.service.datadir import prepare_data_dir
    from tiku.store import Database

    settings = _settings(data_dir, database_url)
    prepare_data_dir(settings.data_dir)
    db = Database(settings.resolved_database_url)
    db.upgrade()
    return settings, db


def _accounts(data_dir: Path | None, database_url: str | None) -> Any:
    from tiku.service.accounts import Accounts

    settings, db = _open(data_dir, database_url)
    return Accounts(db, settings)


@contextmanager
def _service_errors() -> Iterator[None]:
    """A refusal of the service is a message and exit code 2, not a traceback."""
    from tiku.service.errors import ServiceError

    try:
        yield
    except ServiceError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None


def _when(moment: Any, never: str = "-") -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else never


def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
    bank: Annotated[
        Path | None, typer.Option("--bank", help="bank folder (default: built-in)")
    ] = None,
    workers: Annotated[int | None, typer.Option("--workers", help="judging threads")] = None,
) -> None:
    """Start the web app, the API and the judging workers (SQLite, no other server needed)."""
    import uvicorn

    from tiku.web import create_app

    settings = _settings(data_dir, database_url, bank_root=bank, judge_workers=workers)
    tiku, report = _start(settings)
    url = f"http://{host}:{port}/"
    typer.echo(f"tiku: {len(tiku.catalog.entries)} problems, data in {settings.data_dir}")
    if report.bank.broken:
        typer.echo(f"tiku: {len(report.bank.broken)} broken package(s) skipped:", err=True)
        for slug, findings in report.bank.broken.items():
            typer.echo(f"  {slug}:", err=True)
            for line in findings:
                typer.echo(f"    {line}", err=True)
    if report.recovered:
        typer.echo(f"tiku: judging {len(report.recovered)} submission(s) left pending")
    if report.admin_password:
        typer.echo(
            f"tiku: created the administrator: log in at {url}login as 'admin' with password "
            f"{report.admin_password}\n"
            f"tiku: (shown only now; 'tiku user reset-password admin' sets a new one)"
        )
    typer.echo(f"tiku: serving on {url}", err=False)
    sys.stdout.flush()
    try:
        uvicorn.run(
            create_app(tiku=tiku, close_on_shutdown=True),
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
        )
    finally:
        tiku.close(wait=False)


def _start(settings: Any) -> Any:
    """A started ``Tiku``, or one clear line on what keeps it from starting (exit 2): a corrupt,
    locked or unreachable database, a full disk, a data folder that cannot be written."""
    from sqlalchemy.exc import SQLAlchemyError

    from tiku.service import Tiku
    from tiku.store.errors import storage_full

    tiku = None
    try:
        tiku = Tiku(settings)
        return tiku, tiku.start()
    except SQLAlchemyError as exc:
        why = "the disk is full" if storage_full(exc) else str(getattr(exc, "orig", exc))
        where = settings.resolved_database_url
        message = f"tiku: error: cannot use the database {where}: {why}"
    except OSError as exc:
        message = f"tiku: error: {exc.filename or settings.data_dir}: {exc.strerror or exc}"
    if tiku is not None:
        with contextlib.suppress(Exception):
            tiku.close(wait=False)
    typer.echo(message.splitlines()[0], err=True)
    raise typer.Exit(2)


def user_create(
    username: Annotated[str, typer.Argument(help="the new user's name")],
    admin: Annotated[bool, typer.Option("--admin", help="with the administrator role")] = False,
    password: Annotated[
        str | None, typer.Option("--password", help="the password (asked when missing)")
    ] = None,
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Create a user account."""
    if password is None:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    with _service_errors():
        _accounts(data_dir, database_url).create_user(username, password, is_admin=admin)
    typer.echo(f"created user '{username}'{' (admin)' if admin else ''}")


def user_list(data_dir: DataDir = None, database_url: DatabaseUrl = None) -> None:
    """List the users: id, name, role, whether disabled, when created."""
    users = _accounts(data_dir, database_url).users()
    typer.echo(f"{'ID':>5}  {'USERNAME':<32}  {'ROLE':<5}  {'STATE':<8}  CREATED (UTC)")
    for u in users:
        role = "admin" if u.is_admin else "user"
        state = "disabled" if u.disabled else "active"
        typer.echo(f"{u.id:>5}  {u.username:<32}  {role:<5}  {state:<8}  {_when(u.created_at)}")


def user_reset_password(
    username: Annotated[str, typer.Argument(help="whose password")],
    password: Annotated[
        str | None, typer.Option("--password", help="the new password (default: a random one)")
    ] = None,
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Set a new password for USER (printed when random) and end all of USER's sessions."""
    with _service_errors():
        new = _accounts(data_dir, database_url).reset_password(username, password)
    if password is None:
        typer.echo(f"new password for '{username}': {new}")
    else:
        typer.echo(f"password of '{username}' changed")
    typer.echo(f"every session of '{username}' was ended", err=True)


def user_disable(
    username: Annotated[str, typer.Argument(help="whom to disable")],
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Disable USER: no login; their sessions end and their tokens are refused, at once."""
    with _service_errors():
        _accounts(data_dir, database_url).set_disabled(username, True)
    typer.echo(f"disabled '{username}'")


def user_enable(
    username: Annotated[str, typer.Argument(help="whom to enable again")],
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Enable USER again (their unexpired, unrevoked tokens work again)."""
    with _service_errors():
        _accounts(data_dir, database_url).set_disabled(username, False)
    typer.echo(f"enabled '{username}'")


def _expiry(value: str | None) -> int | str | None:
    if value is None or value == "never":
        return value
    if not value.isdigit():
        raise typer.BadParameter("a number of days, or 'never'", param_hint="--expires-days")
    return int(value)


def token_create(
    username: Annotated[str, typer.Argument(help="whose token")],
    name: Annotated[str, typer.Option("--name", help="a label for the token")] = "",
    expires_days: Annotated[
        str | None,
        typer.Option(
            "--expires-days",
            help="days until it expires, or 'never' (default $TIKU_TOKEN_EXPIRY_DAYS, 90)",
        ),
    ] = None,
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Create an API bearer token for USER and print it (it is shown only once)."""
    lifetime = _expiry(expires_days)
    with _service_errors():
        accounts = _accounts(data_dir, database_url)
        info, token = accounts.tokens.create(accounts.by_name(username).id, name, lifetime)
    typer.echo(token)  # alone on stdout: scripts read it
    typer.echo(f"token {info.id}, expires: {_when(info.expires_at, 'never')}", err=True)


def token_list(
    username: Annotated[str, typer.Argument(help="whose tokens")],
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
) -> None:
    """List USER's tokens: id, name, prefix, status, created, last used, expires (UTC)."""
    with _service_errors():
        accounts = _accounts(data_dir, database_url)
        tokens = accounts.tokens.of_user(accounts.by_name(username).id)
    typer.echo(
        f"{'ID':>5}  {'NAME':<20}  {'PREFIX':<10}  {'STATUS':<7}  "
        f"{'CREATED':<16}  {'LAST USED':<16}  EXPIRES"
    )
    for t in tokens:
        typer.echo(
            f"{t.id:>5}  {t.name[:20]:<20}  {t.prefix:<10}  {t.status():<7}  "
            f"{_when(t.created_at):<16}  {_when(t.last_used_at):<16}  "
            f"{_when(t.expires_at, 'never')}"
        )


def token_revoke(
    token_id: Annotated[int, typer.Argument(help="the token's id (see 'tiku token list')")],
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Revoke a token by its id: it is refused from now on."""
    with _service_errors():
        info = _accounts(data_dir, database_url).tokens.revoke(token_id)
    typer.echo(f"revoked token {info.id} ({info.prefix}...)")


def db_upgrade(data_dir: DataDir = None, database_url: DatabaseUrl = None) -> None:
    """Create or migrate the database to the newest schema."""
    db = _database(data_dir, database_url)
    typer.echo(f"database at revision {db.current_revision()}")


def register_web_commands(app: typer.Typer) -> None:
    app.command("serve")(serve)
    user_app = typer.Typer(no_args_is_help=True, help="User accounts of the web app.")
    user_app.command("create")(user_create)
    user_app.command("list")(user_list)
    user_app.command("reset-password")(user_reset_password)
    user_app.command("disable")(user_disable)
    user_app.command("enable")(user_enable)
    app.add_typer(user_app, name="user")
    token_app = typer.Typer(no_args_is_help=True, help="API bearer tokens.")
    token_app.command("create")(token_create)
    token_app.command("list")(token_list)
    token_app.command("revoke")(token_revoke)
    app.add_typer(token_app, name="token")
    db_app = typer.Typer(no_args_is_help=True, help="The web app's database.")
    db_app.command("upgrade")(db_upgrade)
    app.add_typer(db_app, name="db")


def main() -> None:
    """``python -m tiku.web.cli``: the web commands on their own."""
    app = typer.Typer(add_completion=False, no_args_is_help=True)
    register_web_commands(app)
    app()


if __name__ == "__main__":
    main()
