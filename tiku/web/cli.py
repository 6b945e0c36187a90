"""``tiku serve``, ``tiku user create``, ``tiku token create`` and ``tiku db upgrade``."""

from __future__ import annotations

import sys
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
    from tiku.store import Database

    settings = _settings(data_dir, database_url)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.resolved_database_url)
    db.upgrade()
    return db


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

    from tiku.service import Tiku
    from tiku.web import create_app

    settings = _settings(data_dir, database_url, bank_root=bank, judge_workers=workers)
    tiku = Tiku(settings)
    report = tiku.start()
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
            f"{report.admin_password}"
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
    from tiku.service.accounts import Accounts
    from tiku.service.errors import ServiceError

    if password is None:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        Accounts(_database(data_dir, database_url)).create_user(username, password, is_admin=admin)
    except ServiceError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"created user '{username}'{' (admin)' if admin else ''}")


def token_create(
    username: Annotated[str, typer.Argument(help="whose token")],
    name: Annotated[str, typer.Option("--name", help="a label for the token")] = "",
    data_dir: DataDir = None,
    database_url: DatabaseUrl = None,
) -> None:
    """Create an API bearer token for USER and print it (it is shown only once)."""
    from tiku.service.accounts import Accounts
    from tiku.service.errors import ServiceError

    try:
        token = Accounts(_database(data_dir, database_url)).create_token(username, name)
    except ServiceError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(token)


def db_upgrade(data_dir: DataDir = None, database_url: DatabaseUrl = None) -> None:
    """Create or migrate the database to the newest schema."""
    db = _database(data_dir, database_url)
    typer.echo(f"database at revision {db.current_revision()}")


def register_web_commands(app: typer.Typer) -> None:
    app.command("serve")(serve)
    user_app = typer.Typer(no_args_is_help=True, help="User accounts of the web app.")
    user_app.command("create")(user_create)
    app.add_typer(user_app, name="user")
    token_app = typer.Typer(no_args_is_help=True, help="API bearer tokens.")
    token_app.command("create")(token_create)
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
