"""Who is asking: a bearer token (API clients) or a session cookie (the browser), and CSRF.

The cookie (signed) holds only a random session id and the CSRF token; the session itself is on
the server (``tiku.service.sessions``), so logging out or revoking it ends it for good.

Requests authenticated by a cookie must prove they come from our pages on every unsafe method:
the session's CSRF token in the ``X-CSRF-Token`` header or the ``csrf_token`` form field.
Bearer-token requests carry no ambient credential, so they need none.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request

from tiku.service import Tiku
from tiku.service.errors import CsrfFailed, Forbidden, Unauthorized
from tiku.service.throttle import address_key
from tiku.store import User

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SESSION_ID = "sid"


def tiku_of(request: Request) -> Tiku:
    tiku: Tiku = request.app.state.tiku
    return tiku


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not isinstance(token, str):
        token = secrets.token_urlsafe(24)
        request.session["csrf"] = token
    return token


def current_user(request: Request) -> User | None:
    if "tiku_user" in request.scope:
        cached: User | None = request.scope["tiku_user"]
        return cached
    user: User | None = None
    header = request.headers.get("authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("use 'Authorization: Bearer <token>'")
        user = tiku_of(request).accounts.user_for_token(token.strip())
        request.scope["tiku_auth"] = "token"
    else:
        request.session.pop("uid", None)  # a cookie of a tiku before server-side sessions
        sid = request.session.get(SESSION_ID)
        if isinstance(sid, str):
            found = tiku_of(request).accounts.sessions.resolve(sid)
            if found is None:  # ended, expired, or its user disabled
                del request.session[SESSION_ID]
            else:
                user, row_id = found
                request.scope["tiku_session_id"] = row_id
        request.scope["tiku_auth"] = "session"
    request.scope["tiku_user"] = user
    return user


def session_row_id(request: Request) -> int | None:
    """The id of the request's login session (after ``current_user``), if it has one."""
    found = request.scope.get("tiku_session_id")
    return found if isinstance(found, int) else None


def client_address(request: Request) -> str:
    """The key throttles use for the client: its address (its /64 for IPv6). Behind a reverse
    proxy on the same machine, uvicorn takes it from ``X-Forwarded-For``."""
    return address_key(request.client.host if request.client else None)


async def check_csrf(request: Request) -> None:
    if request.method in SAFE_METHODS or request.scope.get("tiku_auth") == "token":
        return
    expected = request.session.get("csrf")
    sent = request.headers.get("x-csrf-token")
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(expected, sent):
        raise CsrfFailed("missing or wrong CSRF token: reload the page and try again")


async def require_user(request: Request) -> User:
    user = current_user(request)
    if user is None:
        raise Unauthorized("log in first")
    await check_csrf(request)
    return user


async def require_admin(request: Request) -> User:
    user = await require_user(request)
    if not user.is_admin:
        raise Forbidden("administrators only")
    return user


async def optional_user(request: Request) -> User | None:
    user = current_user(request)
    await check_csrf(request)
    return user
