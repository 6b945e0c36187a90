"""The web app: FastAPI, server-rendered pages (Jinja2 + htmx), the REST API and live progress.

``create_app`` is imported lazily so that the CLI, which registers the web commands, does not
pay for FastAPI and SQLAlchemy on every command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tiku.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from tiku.web.app import create_app

        return create_app
    raise AttributeError(name)
