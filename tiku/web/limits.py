"""Request bodies bounded before anything parses them, and JSON shape checked off the event loop.

One request must not be able to stall the server or fill its memory:

- a body over ``max_body_kib`` is refused with 413 before it is read when it declares its length,
  and as soon as the cap is passed when it streams (chunked);
- an unsafe API request with no credential at all (no bearer token, no session cookie) is refused
  with 401 before its body is read;
- a JSON body is parsed once in a worker thread to check its nesting depth and how many keys and
  items it holds, so what FastAPI parses next (on the event loop) is small and shallow.

Every refusal uses the one JSON error shape (see ``tiku.web.errors``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tiku.web.errors import error_body

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class RequestLimits:
    max_body_kib: int = 1024
    max_json_depth: int = 16
    max_json_values: int = 10_000  # keys and array items, all levels together


class BodyTooLarge(Exception):
    pass


class JsonTooComplex(ValueError):
    pass


def check_json(body: bytes, limits: RequestLimits) -> str | None:
    """Why the JSON ``body`` is refused, or None (bad JSON is left for the app to report)."""
    values = 0

    def count(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal values
        values += len(pairs)
        if values > limits.max_json_values:
            raise JsonTooComplex
        return dict(pairs)

    try:
        data = json.loads(body, object_pairs_hook=count)
    except JsonTooComplex:
        return f"the JSON body holds more than {limits.max_json_values} keys and items"
    except RecursionError:
        return f"the JSON body is nested deeper than {limits.max_json_depth} levels"
    except (ValueError, UnicodeDecodeError):
        return None
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children = list(value.values())
        elif isinstance(value, list):
            children = value
            values += len(value)
        else:
            continue
        if depth > limits.max_json_depth:
            return f"the JSON body is nested deeper than {limits.max_json_depth} levels"
        if values > limits.max_json_values:
            return f"the JSON body holds more than {limits.max_json_values} keys and items"
        stack.extend((child, depth + 1) for child in children)
    return None


class RequestLimitsMiddleware:
    def __init__(self, app: ASGIApp, limits: RequestLimits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in UNSAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        cap = self.limits.max_body_kib * 1024
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            await _refuse(send, 413, "too_large", self._too_large())
            return
        if scope["path"].startswith("/api/") and not _has_credential(headers):
            await _refuse(send, 401, "unauthorized", "log in first")
            return
        try:
            body = await _read_body(receive, cap)
        except BodyTooLarge:
            await _refuse(send, 413, "too_large", self._too_large())
            return
        if "json" in headers.get("content-type", "") and body:
            why = await anyio.to_thread.run_sync(check_json, body, self.limits)
            if why is not None:
                await _refuse(send, 413, "too_large", why)
                return
        await self.app(scope, _replay(body, receive), send)

    def _too_large(self) -> str:
        return f"the request body is larger than {self.limits.max_body_kib} KiB"


def _has_credential(headers: dict[str, str]) -> bool:
    return bool(headers.get("authorization")) or "tiku_session=" in headers.get("cookie", "")


async def _read_body(receive: Receive, cap: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > cap:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body once, as one message; then whatever comes next (a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _refuse(send: Send, status: int, code: str, message: str) -> None:
    payload = json.dumps(error_body(code, message)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
