"""The settings of a tiku server, declared once as data; every field is documented in docs/web.md.

Read from ``TIKU_*`` environment variables, or passed explicitly (tests, the CLI).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_data_dir() -> Path:
    return Path.home() / ".local" / "share" / "tiku"


class Settings(BaseSettings):
    """Everything the web app, the store and the workers need to know; passed, never global."""

    model_config = SettingsConfigDict(env_prefix="TIKU_", frozen=True, extra="forbid")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="folder for the SQLite database, package snapshots and the secret key",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default sqlite:///DATA_DIR/tiku.db "
        "(postgresql+psycopg://user@host/db is supported)",
    )
    bank_root: Path | None = Field(
        default=None, description="the bank folder to import; default the built-in bank"
    )
    judge_workers: int = Field(
        default=1, ge=1, description="judging threads of the in-process worker pool"
    )
    run_workers: int = Field(
        default=1,
        ge=1,
        description="threads for custom runs, a lane apart from judging (a run never waits "
        "behind queued submissions)",
    )
    resume_interval_s: float = Field(
        default=10.0,
        gt=0,
        description="how often pending submissions are queued again, and results a full disk "
        "refused are given back to be judged again",
    )
    secret_key: str | None = Field(
        default=None,
        description="signs session cookies; default a random key kept in DATA_DIR/secret_key",
    )
    submit_rate_per_min: int = Field(
        default=12, ge=1, description="submissions a user may make per minute (token bucket)"
    )
    run_rate_per_min: int = Field(
        default=20, ge=1, description="custom runs a user may make per minute (token bucket)"
    )
    max_source_kib: int = Field(default=64, ge=1, description="largest accepted source file")
    max_input_kib: int = Field(default=256, ge=1, description="largest custom-run input")
    max_request_kib: int = Field(
        default=2048,
        ge=16,
        description="largest request body; refused with 413 before it is read or parsed",
    )
    max_json_depth: int = Field(default=16, ge=2, description="deepest JSON nesting in a request")
    max_json_values: int = Field(
        default=10_000, ge=10, description="most keys and array items in one JSON request body"
    )
    default_locale: str = Field(
        default="zh", pattern="^(zh|en)$", description="interface language for new visitors"
    )
    session_max_age_s: int = Field(
        default=14 * 24 * 3600,
        ge=60,
        description="lifetime of a login session (ended on the server when it is over)",
    )
    secure_cookies: bool = Field(
        default=False, description="mark cookies Secure (set behind HTTPS)"
    )
    snapshot_packages: bool = Field(
        default=True,
        description="copy each problem version into DATA_DIR/packages so old submissions keep it",
    )
    max_package_mib: int = Field(
        default=1024, ge=1, description="largest problem package the bank import accepts"
    )
    max_package_file_mib: int = Field(
        default=256, ge=1, description="largest single file of a problem package"
    )
    recover_on_start: bool = Field(
        default=True, description="judge again the submissions a crash left pending"
    )
    allow_registration: bool = Field(default=True, description="let visitors create accounts")
    token_expiry_days: int = Field(
        default=90,
        ge=1,
        le=3650,
        description="lifetime of a new API token unless another (or 'never') is asked for",
    )
    login_free_failures: int = Field(
        default=5,
        ge=1,
        description="failed logins of one account before each next attempt must wait",
    )
    login_free_failures_per_address: int = Field(
        default=20,
        ge=1,
        description="failed logins from one client address (any account) before it must wait",
    )
    login_backoff_base_s: float = Field(
        default=1.0,
        gt=0,
        description="the first wait after the free failures; it doubles with every failure",
    )
    login_backoff_max_s: float = Field(
        default=900.0, gt=0, description="the longest wait between login attempts"
    )
    login_failures_forgotten_s: int = Field(
        default=3600,
        ge=1,
        description="failed logins are forgotten after this long without another",
    )
    register_rate_per_hour: int = Field(
        default=10, ge=1, description="accounts one client address may register per hour"
    )
    register_failures_per_hour: int = Field(
        default=20,
        ge=1,
        description="refused registrations (e.g. a name taken) per client address per hour",
    )

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'tiku.db'}"

    @property
    def resolved_bank_root(self) -> Path:
        if self.bank_root is not None:
            return self.bank_root
        from tiku.bank.catalog import default_bank_root

        return default_bank_root()
