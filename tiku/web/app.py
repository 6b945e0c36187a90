"""The app factory: ``create_app(settings)`` builds the FastAPI app over one ``Tiku``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from tiku.service import Settings, Tiku
from tiku.web import api, pages
from tiku.web.errors import install_error_handlers
from tiku.web.i18n import Translator
from tiku.web.limits import RequestLimits, RequestLimitsMiddleware
from tiku.web.views import Views

STATIC = Path(__file__).parent / "static"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


class SecurityHeaders:
    """Headers every response carries; the CSP also makes sure nothing loads from a CDN."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = message.setdefault("headers", [])
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"same-origin"))
                if not scope["path"].startswith("/api/v1/docs"):
                    headers.append((b"content-security-policy", CSP.encode()))
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    settings: Settings | None = None, *, tiku: Tiku | None = None, close_on_shutdown: bool = False
) -> FastAPI:
    """An app over ``tiku`` (started here if it is not yet) or over a new one from ``settings``.
    The app closes a ``Tiku`` it made, or the one given with ``close_on_shutdown``, when the
    server shuts down (on SIGTERM too: uvicorn re-raises the signal after the shutdown, so code
    after ``uvicorn.run`` never runs)."""
    owned = tiku is None or close_on_shutdown
    if tiku is None:
        tiku = Tiku(settings or Settings())
    if not tiku.started:
        tiku.start()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            tiku.close(wait=False)

    app = FastAPI(
        title="tiku",
        version="1",
        description="tiku question bank and judge: problems, languages, submissions, custom runs.",
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/v1/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.tiku = tiku
    app.state.views = Views(tiku, Translator())
    app.state.render_error = app.state.views.error_page
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(
        SessionMiddleware,
        secret_key=tiku.secret_key,
        session_cookie="tiku_session",
        max_age=tiku.settings.session_max_age_s,
        same_site="lax",
        https_only=tiku.settings.secure_cookies,
    )
    app.add_middleware(
        RequestLimitsMiddleware,
        limits=RequestLimits(
            max_body_kib=tiku.settings.max_request_kib,
            max_json_depth=tiku.settings.max_json_depth,
            max_json_values=tiku.settings.max_json_values,
        ),
    )
    app.add_middleware(SecurityHeaders)

    @app.get("/healthz", include_in_schema=False)
    def healthz(_request: Request) -> Response:
        return Response("ok", media_type="text/plain")

    return app
