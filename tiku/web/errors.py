"""One place where every error becomes a response: the JSON error shape, or an HTML page.

JSON (for ``/api/`` and for requests that do not accept HTML)::

    {"error": {"code": "not_found", "message": "no problem 'x'", "details": {}}}
"""

from __future__ import annotations

import logging
import math
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from tiku.service.errors import RateLimited, ServiceError
from tiku.store.errors import storage_full

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    503: "unavailable",
    507: "insufficient_storage",
}


def error_body(code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details or {}}}


def retry_after(wait_s: float) -> str:
    """A ``Retry-After`` value: whole seconds, rounded up (never too early), at least 1."""
    return str(max(1, math.ceil(wait_s)))


def wants_json(request: Request) -> bool:
    if request.url.path.startswith("/api/"):
        return True
    accept = request.headers.get("accept", "")
    return "text/html" not in accept and "application/json" in accept


def _respond(
    request: Request,
    status: int,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    if wants_json(request):
        return JSONResponse(error_body(code, message, details), status, headers=headers)
    render = getattr(request.app.state, "render_error", None)
    if render is None:
        return HTMLResponse(f"<h1>{status}</h1>", status, headers=headers)
    response: Response = render(request, status, code, message)
    if headers:
        response.headers.update(headers)
    return response


async def _service_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ServiceError)
    headers = None
    if isinstance(exc, RateLimited):
        headers = {"Retry-After": retry_after(exc.retry_after_s)}
    return _respond(request, exc.status, exc.code, exc.message, exc.details, headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "error")
    headers = dict(exc.headers) if exc.headers else None
    return _respond(request, exc.status_code, code, str(exc.detail), None, headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": [str(p) for p in e.get("loc", ())], "message": str(e.get("msg", ""))}
        for e in exc.errors()
    ]
    return _respond(request, 422, "invalid_request", "the request is not valid", {"errors": errors})


async def _store_error(request: Request, exc: Exception) -> Response:
    """The store refused: a full disk (507) or a database busy or away (503). Reads go on; a
    write that failed changed nothing, and the client may send it again later."""
    assert isinstance(exc, SQLAlchemyError)
    log.warning("the store refused %s %s: %s", request.method, request.url.path, exc)
    if storage_full(exc):
        return _respond(
            request,
            507,
            "insufficient_storage",
            "the server's disk is full: nothing was saved, try again later",
            headers={"Retry-After": "60"},
        )
    return _respond(
        request,
        503,
        "unavailable",
        "the database is busy or unavailable: nothing was saved, try again later",
        headers={"Retry-After": "10"},
    )


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return _respond(request, 500, "internal_error", "internal server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ServiceError, _service_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(SQLAlchemyError, _store_error)
    app.add_exception_handler(Exception, _unexpected)
