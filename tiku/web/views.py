"""Rendering pages: the Jinja2 environment, the request's locale, and the common context."""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from tiku.service import Tiku
from tiku.web.auth import csrf_token, current_user
from tiku.web.i18n import LOCALES, Translator, negotiate
from tiku.web.markdown import pygments_css

TEMPLATES = Path(__file__).parent / "templates"
STATIC_DIST = Path(__file__).parent / "static" / "dist"

VERDICT_CLASS = {
    "AC": "ok",
    "WA": "bad",
    "TLE": "warn",
    "MLE": "warn",
    "OLE": "warn",
    "RTE": "bad",
    "CE": "info",
    "JE": "bad",
    "OK": "ok",
}


class Views:
    def __init__(self, tiku: Tiku, translator: Translator) -> None:
        self.tiku = tiku
        self.translator = translator
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(["html"]),
            auto_reload=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False)
        self.env.globals["verdict_class"] = lambda v: VERDICT_CLASS.get(v or "", "")
        self.pygments_css = pygments_css()
        self.has_bundle = (STATIC_DIST / "editor.js").is_file()
        self._fragments: OrderedDict[Hashable, Markup] = OrderedDict()
        self._memo: dict[Hashable, Any] = {}

    def memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """A value computed once per ``key`` (keys name versions, so entries never go stale)."""
        if key not in self._memo:
            if len(self._memo) > 1024:
                self._memo.clear()
            self._memo[key] = compute()
        return self._memo[key]

    def cached_fragment(
        self, request: Request, key: Hashable, template: str, **extra: Any
    ) -> Markup:
        """A rendered fragment, cached by ``key`` (which must capture everything it shows)."""
        found = self._fragments.get(key)
        if found is not None:
            self._fragments.move_to_end(key)
            return found
        html = self.fragment(request, template, **extra)
        self._fragments[key] = html
        while len(self._fragments) > 512:
            self._fragments.popitem(last=False)
        return html

    def locale(self, request: Request) -> str:
        cookie = request.cookies.get("tiku_lang")
        if cookie in LOCALES:
            return cookie
        user = current_user(request)
        if user is not None and user.locale in LOCALES:
            return str(user.locale)
        return negotiate(request.headers.get("accept-language"), self.tiku.settings.default_locale)

    def context(self, request: Request, **extra: Any) -> dict[str, Any]:
        locale = self.locale(request)
        gettext = self.translator.gettext(locale)
        return {
            "request": request,
            "user": current_user(request),
            "locale": locale,
            "other_locale": "en" if locale == "zh" else "zh",
            "_": gettext,
            "ngettext": self.translator.ngettext(locale),
            "csrf_token": csrf_token(request),
            "has_bundle": self.has_bundle,
            "path": request.url.path,
            "allow_registration": self.tiku.settings.allow_registration,
            "t": lambda d: (d or {}).get(locale) or next(iter((d or {}).values()), ""),
            **extra,
        }

    def render(
        self, request: Request, template: str, status: int = 200, **extra: Any
    ) -> HTMLResponse:
        html = self.env.get_template(template).render(self.context(request, **extra))
        return HTMLResponse(html, status_code=status)

    def fragment(self, request: Request, template: str, **extra: Any) -> Markup:
        return Markup(self.env.get_template(template).render(self.context(request, **extra)))

    def error_page(self, request: Request, status: int, code: str, message: str) -> HTMLResponse:
        try:
            locale = self.locale(request)
        except Exception:  # the error may be in the very thing that finds the locale
            locale = self.tiku.settings.default_locale
        gettext = self.translator.gettext(locale)
        if request.headers.get("hx-request"):
            return HTMLResponse(
                f'<div class="flash error" role="alert">{Markup.escape(gettext(message))}</div>',
                status_code=status,
            )
        try:
            return self.render(
                request,
                "error.html",
                status=status,
                status_code=status,
                code=code,
                message=gettext(message),
            )
        except Exception:
            return HTMLResponse(f"<h1>{status}</h1><p>{Markup.escape(message)}</p>", status)
