"""The errors the service raises, each with an HTTP status and a stable code.

ServiceError
├── BadRequest         400  invalid_request   (also: unknown language, source too large)
├── Unauthorized       401  unauthorized
├── Forbidden          403  forbidden
│   └── CsrfFailed     403  csrf_failed
├── NotFound           404  not_found
├── Conflict           409  conflict          (e.g. the username is taken)
└── RateLimited        429  rate_limited      (carries retry_after_s)

The web layer turns any of them into the one JSON error shape or an HTML page, in one place
(``tiku.web.errors``). Messages are English source strings, translated for HTML pages.
"""

from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    status = 500
    code = "internal_error"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class BadRequest(ServiceError):
    status = 400
    code = "invalid_request"


class Unauthorized(ServiceError):
    status = 401
    code = "unauthorized"


class Forbidden(ServiceError):
    status = 403
    code = "forbidden"


class CsrfFailed(Forbidden):
    code = "csrf_failed"


class NotFound(ServiceError):
    status = 404
    code = "not_found"


class Conflict(ServiceError):
    status = 409
    code = "conflict"


class RateLimited(ServiceError):
    status = 429
    code = "rate_limited"

    def __init__(self, message: str, retry_after_s: float) -> None:
        super().__init__(message, retry_after_s=round(retry_after_s, 1))
        self.retry_after_s = retry_after_s
