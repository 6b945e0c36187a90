"""The server-rendered pages (Jinja2 + htmx), the live progress stream (SSE) and accounts."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from functools import partial
from pathlib import Path as FilePath
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Path, Query, Request
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

import tiku as tiku_package
from tiku.service.catalog import DIFFICULTY_ORDER, ProblemFilter
from tiku.service.errors import BadRequest, NotFound, RateLimited, ServiceError
from tiku.service.starter import starter_code
from tiku.store import User
from tiku.web.auth import (
    SESSION_ID,
    check_csrf,
    client_address,
    current_user,
    optional_user,
    require_admin,
    require_user,
    session_row_id,
    tiku_of,
)
from tiku.web.errors import retry_after, wants_json
from tiku.web.i18n import LOCALES
from tiku.web.markdown import highlight_code, render_file, render_markdown
from tiku.web.views import Views

router = APIRouter(include_in_schema=False)
REPO_ROOT = FilePath(tiku_package.__file__).resolve().parents[1]
Slug = Annotated[str, Path(max_length=100, pattern=r"^[a-z0-9][a-z0-9_-]*$")]
SSE_POLL_S = 2.0


def views(request: Request) -> Views:
    v: Views = request.app.state.views
    return v


def _safe_next(target: str | None) -> str:
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/problems"
    return target


def _login_redirect(request: Request) -> RedirectResponse:
    return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)


@router.get("/")
async def index() -> RedirectResponse:
    return RedirectResponse("/problems", status_code=303)


@router.get("/favicon.ico")
async def favicon() -> Response:
    return Response(status_code=204, headers={"Cache-Control": "public, max-age=86400"})


@router.get("/assets/pygments.css")
async def pygments(request: Request) -> Response:
    return Response(
        views(request).pygments_css,
        media_type="text/css",
        headers={"Cache-Control": "public, max-age=86400"},
    )


# -- problems ---------------------------------------------------------------------------------


@router.get("/problems")
async def problem_list(
    request: Request,
    q: Annotated[str, Query(max_length=200)] = "",
    category: str = "",
    difficulty: str = "",
    tag: str = "",
    status: str = "",
) -> HTMLResponse:
    tiku = tiku_of(request)
    user = current_user(request)
    states = tiku.catalog.states(user.id if user else None)
    f = ProblemFilter(
        q.strip(),
        category or None,
        difficulty or None,
        tag or None,
        (status or None) if user else None,
    )
    found = tiku.catalog.search(f, states)
    v = views(request)
    locale = v.locale(request)
    shown = tuple(e.id for e in found)
    key = (
        "problems",
        locale,
        tiku.catalog.generation,
        shown,
        tuple(sorted((pid, st) for pid, st in states.items() if pid in set(shown))),
    )
    table = v.cached_fragment(
        request,
        key,
        "_problem_table.html",
        problems=found,
        states=states,
        total=len(tiku.catalog.entries),
    )
    if request.headers.get("hx-request"):
        return HTMLResponse(table)
    form = v.cached_fragment(
        request,
        ("filters", locale, tiku.catalog.generation, f, user is not None),
        "_filters.html",
        filters=f,
        categories=tiku.catalog.categories(),
        tags=tiku.catalog.tags(),
        difficulties=sorted(DIFFICULTY_ORDER, key=DIFFICULTY_ORDER.__getitem__),
    )
    return v.render(request, "problems.html", table=table, filter_form=form)


@router.get("/problems/{slug}")
async def problem_page(request: Request, slug: Slug) -> HTMLResponse:
    tiku = tiku_of(request)
    entry = tiku.catalog.get(slug)
    package = tiku.bank.package(entry.version_id)
    v = views(request)
    locale = v.locale(request)
    user = current_user(request)
    solved = tiku.catalog.states(user.id if user else None).get(entry.id) == "solved"
    statement = package.statements.get(locale) or next(iter(package.statements.values()))
    languages = tiku.languages()
    default_lang = next((lang.id for lang in languages if lang.spec.default), languages[0].id)
    starters, starters_json = v.memo(
        ("starters", entry.version_id),
        lambda: _starters(entry.meta, [lang.id for lang in languages]),
    )
    history = tiku.submissions(user, slug, limit=20) if user else []
    return v.render(
        request,
        "problem.html",
        entry=entry,
        statement_html=Markup(render_file(statement)),
        analysis_html=Markup(_analysis(package.solutions, locale)) if solved else None,
        has_analysis=bool(package.solutions),
        solved=solved,
        languages=languages,
        default_lang=default_lang,
        starter=starters[default_lang],
        starters_json=starters_json,
        history=history,
        samples=entry.meta["samples"],
    )


def _starters(meta: dict[str, Any], language_ids: list[str]) -> tuple[dict[str, str], Markup]:
    starters = {lang: starter_code(meta, lang) for lang in language_ids}
    return starters, Markup(json.dumps(starters).replace("</", "<\\/"))


def _analysis(solutions: dict[str, FilePath], locale: str) -> str:
    path = solutions.get(locale) or solutions.get("zh") or next(iter(solutions.values()), None)
    return render_file(path) if path is not None else ""


@router.get("/problems/{slug}/analysis")
async def problem_analysis(request: Request, slug: Slug) -> HTMLResponse:
    """The analysis, sent only when the reader asks for it (the page holds it back)."""
    tiku = tiku_of(request)
    entry = tiku.catalog.get(slug)
    package = tiku.bank.package(entry.version_id)
    html = _analysis(package.solutions, views(request).locale(request))
    return HTMLResponse(f'<div class="analysis markdown">{html}</div>')


@router.get("/problems/{slug}/history")
async def problem_history(request: Request, slug: Slug) -> HTMLResponse:
    tiku = tiku_of(request)
    user = current_user(request)
    tiku.catalog.get(slug)
    history = tiku.submissions(user, slug, limit=20) if user else []
    return views(request).render(request, "_history.html", history=history)


@router.post("/problems/{slug}/submit", response_model=None)
async def problem_submit(
    request: Request,
    slug: Slug,
    language: Annotated[str, Form(max_length=32)],
    source: Annotated[str, Form()],
    user: Annotated[User | None, Depends(optional_user)],
) -> Response:
    if user is None:
        return _login_redirect(request)
    tiku = tiku_of(request)
    sid = await run_in_threadpool(tiku.submit, user, slug, language, source)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse(
            {"id": sid, "url": f"/submissions/{sid}", "events": f"/submissions/{sid}/events"},
            status_code=201,
        )
    return RedirectResponse(f"/submissions/{sid}", status_code=303)


@router.post("/problems/{slug}/run")
async def problem_run(
    request: Request,
    slug: Slug,
    language: Annotated[str, Form(max_length=32)],
    source: Annotated[str, Form()],
    user: Annotated[User | None, Depends(optional_user)],
    input: Annotated[str, Form()] = "",
) -> HTMLResponse:
    if user is None:
        raise BadRequest("log in first")
    tiku = tiku_of(request)
    future = tiku.custom_run(user, slug, language, source, input)
    result = await asyncio.wrap_future(future)
    return views(request).render(request, "_run_result.html", result=result)


# -- submissions ------------------------------------------------------------------------------


@router.get("/submissions/{sid}", response_model=None)
async def submission_page(request: Request, sid: Annotated[int, Path(ge=1, le=2**62)]) -> Response:
    user = current_user(request)
    if user is None:
        return _login_redirect(request)
    sub = tiku_of(request).submission(user, sid)
    with_source = tiku_of(request)
    source = _source_of(with_source, user, sid)
    return views(request).render(
        request, "submission.html", sub=sub, source_html=Markup(highlight_code(source, _lexer(sub)))
    )


def _lexer(sub: dict[str, Any]) -> str:
    lang = str(sub["language"])
    return "python" if lang.startswith("python") else "java" if lang.startswith("java") else "cpp"


def _source_of(tiku: Any, user: User, sid: int) -> str:
    from tiku.store import Submission

    with tiku.db.read() as s:
        sub = s.get(Submission, sid)
        return str(sub.source) if sub is not None else ""


@router.get("/submissions/{sid}/events")
async def submission_events(
    request: Request, sid: Annotated[int, Path(ge=1, le=2**62)]
) -> StreamingResponse:
    """Live progress as Server-Sent Events: ``test`` per finished test, then ``done``."""
    user = current_user(request)
    if user is None:
        raise NotFound(f"no submission {sid}")
    tiku = tiku_of(request)
    first = await run_in_threadpool(tiku.submission, user, sid, with_tests=False)

    async def stream() -> AsyncIterator[str]:
        last_idx = -1
        status = None
        yield "retry: 1000\n\n"
        with tiku.broker.subscribe(sid) as event:
            while True:
                event.clear()
                sub = await run_in_threadpool(tiku.submission, user, sid, with_tests=False)
                tests = await run_in_threadpool(tiku.submission_tests_after, sid, last_idx)
                for test in tests:
                    last_idx = test["idx"]
                    yield _sse("test", test)
                if sub["status"] != status:
                    status = sub["status"]
                    yield _sse("status", {"status": status})
                if status == "done":
                    yield _sse("done", sub)
                    return
                if await request.is_disconnected():
                    return
                try:
                    await asyncio.wait_for(event.wait(), SSE_POLL_S)
                except TimeoutError:
                    yield ": keep-alive\n\n"

    del first
    return StreamingResponse(
        stream(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


# -- concepts ---------------------------------------------------------------------------------


@router.get("/concepts")
async def concept_list(request: Request) -> HTMLResponse:
    concepts = sorted(tiku_of(request).bank.concepts.values(), key=lambda c: (c.category, c.id))
    return views(request).render(request, "concepts.html", concepts=concepts)


@router.get("/concepts/{cid}")
async def concept_page(request: Request, cid: Slug) -> HTMLResponse:
    tiku = tiku_of(request)
    concept = tiku.bank.concept(cid)
    folder = tiku.bank.concept_dir(cid)
    locale = views(request).locale(request)

    def pick(stem: str) -> FilePath | None:
        for lang in (locale, "zh", "en"):
            path = folder / f"{stem}.{lang}.md"
            if path.is_file():
                return path
        return None

    question, analysis = pick("question"), pick("analysis")
    code = []
    for rel in concept.code:
        path = (REPO_ROOT / rel).resolve()
        if path.is_relative_to(REPO_ROOT) and path.is_file():
            code.append((rel, Markup(highlight_code(path.read_text("utf-8"), "python"))))
    return views(request).render(
        request,
        "concept.html",
        concept=concept,
        question_html=Markup(render_file(question)) if question else "",
        analysis_html=Markup(render_file(analysis)) if analysis else "",
        cards=[(Markup(render_markdown(c.q)), Markup(render_markdown(c.a))) for c in concept.cards],
        code=code,
    )


# -- accounts ---------------------------------------------------------------------------------


@router.get("/login")
async def login_form(request: Request, next: str = "/problems") -> HTMLResponse:
    return views(request).render(request, "login.html", next=_safe_next(next), error=None)


@router.post("/login", response_model=None)
async def login(
    request: Request,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str, Form(max_length=500)] = "/problems",
) -> Response:
    await check_csrf(request)
    tiku = tiku_of(request)
    old = request.session.get(SESSION_ID)
    try:
        user, sid = await run_in_threadpool(
            partial(
                tiku.accounts.login,
                username,
                password,
                address=client_address(request),
                user_agent=request.headers.get("user-agent", ""),
                replacing=old if isinstance(old, str) else None,
            )
        )
    except ServiceError as exc:
        if wants_json(request):
            raise
        return _form_error(request, "login.html", exc, next=_safe_next(next), username=username)
    _log_in(request, user, sid)
    return RedirectResponse(_safe_next(next), status_code=303)


def _form_error(request: Request, template: str, exc: ServiceError, **extra: Any) -> HTMLResponse:
    """A form again with the error of ``exc`` (see ``_shown_error``)."""
    response = views(request).render(
        request, template, status=exc.status, **_shown_error(exc), **extra
    )
    return _with_retry_after(response, exc)


def _shown_error(exc: ServiceError) -> dict[str, Any]:
    """What a form shows of an error: its message, and for a throttled one how long to wait."""
    wait = retry_after(exc.retry_after_s) if isinstance(exc, RateLimited) else None
    return {"error": exc.message, "retry_after_s": wait}


def _with_retry_after(response: HTMLResponse, exc: ServiceError) -> HTMLResponse:
    if isinstance(exc, RateLimited):
        response.headers["Retry-After"] = retry_after(exc.retry_after_s)
    return response


def _log_in(request: Request, user: User, sid: str) -> None:
    request.session.clear()  # a new session id (and CSRF token) on every login
    request.session[SESSION_ID] = sid
    request.scope["tiku_user"] = user


@router.get("/register")
async def register_form(request: Request) -> HTMLResponse:
    return views(request).render(request, "register.html", error=None)


@router.post("/register", response_model=None)
async def register(
    request: Request,
    username: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1024)],
    password2: Annotated[str, Form(max_length=1024)],
) -> Response:
    await check_csrf(request)
    tiku = tiku_of(request)
    if not tiku.settings.allow_registration:
        raise NotFound("registration is closed")
    address = client_address(request)
    old = request.session.get(SESSION_ID)  # a browser that was logged in: its session ends
    try:
        if password != password2:
            raise BadRequest("the passwords differ")
        user = await run_in_threadpool(
            partial(tiku.accounts.register, username, password, address=address)
        )
    except ServiceError as exc:
        if wants_json(request):
            raise
        return _form_error(request, "register.html", exc, username=username)
    locale = request.cookies.get("tiku_lang")
    if locale in LOCALES:
        tiku.accounts.set_locale(user.id, str(locale))
    sid = await run_in_threadpool(
        partial(
            tiku.accounts.sessions.start,
            user.id,
            user_agent=request.headers.get("user-agent", ""),
            address=address,
            replacing=old if isinstance(old, str) else None,
        )
    )
    _log_in(request, user, sid)
    return RedirectResponse("/problems", status_code=303)


@router.post("/logout")
async def logout(request: Request) -> RedirectResponse:
    current_user(request)
    await check_csrf(request)
    sid = request.session.get(SESSION_ID)
    if isinstance(sid, str):
        await run_in_threadpool(tiku_of(request).accounts.sessions.end, sid)
    request.session.clear()
    return RedirectResponse("/problems", status_code=303)


# -- your account: sessions, tokens, password -------------------------------------------------

TOKEN_LIFETIMES_DAYS = (30, 90, 365)


@router.get("/account", response_model=None)
async def account_page(request: Request) -> Response:
    user = current_user(request)
    if user is None:
        return _login_redirect(request)
    return await _account(request, user)


async def _account(
    request: Request, user: User, *, status: int = 200, **extra: Any
) -> HTMLResponse:
    accounts = tiku_of(request).accounts
    default_days = tiku_of(request).settings.token_expiry_days
    sessions = await run_in_threadpool(accounts.sessions.active, user.id)
    tokens = await run_in_threadpool(accounts.tokens.of_user, user.id)
    return views(request).render(
        request,
        "account.html",
        status=status,
        sessions=sessions,
        current_session=session_row_id(request),
        tokens=[(t, t.status()) for t in tokens],
        lifetimes=[str(d) for d in sorted({*TOKEN_LIFETIMES_DAYS, default_days})] + ["never"],
        default_lifetime=str(default_days),
        **{"error": None, "message": None, "new_token": None, "retry_after_s": None, **extra},
    )


@router.post("/account/password", response_model=None)
async def account_password(
    request: Request,
    user: Annotated[User, Depends(require_user)],
    current_password: Annotated[str, Form(max_length=1024)],
    new_password: Annotated[str, Form(max_length=1024)],
    new_password2: Annotated[str, Form(max_length=1024)],
) -> Response:
    """Change the password; every other session of the user ends, this one goes on."""
    accounts = tiku_of(request).accounts
    try:
        if new_password != new_password2:
            raise BadRequest("the passwords differ")
        await run_in_threadpool(
            partial(
                accounts.change_password,
                user,
                current_password,
                new_password,
                address=client_address(request),
                keep_session=session_row_id(request),
            )
        )
    except ServiceError as exc:
        if wants_json(request):
            raise
        response = await _account(request, user, status=exc.status, **_shown_error(exc))
        return _with_retry_after(response, exc)
    return await _account(
        request, user, message="Your password was changed. Your other sessions were ended."
    )


@router.post("/account/sessions/{session_id}/revoke")
async def account_revoke_session(
    request: Request,
    session_id: Annotated[int, Path(ge=1, le=2**62)],
    user: Annotated[User, Depends(require_user)],
) -> RedirectResponse:
    await run_in_threadpool(tiku_of(request).accounts.sessions.revoke, user.id, session_id)
    if session_id == session_row_id(request):
        request.session.clear()  # this very session: logged out
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse("/account", status_code=303)


@router.post("/account/tokens", response_model=None)
async def account_create_token(
    request: Request,
    user: Annotated[User, Depends(require_user)],
    name: Annotated[str, Form(max_length=100)] = "",
    expires_days: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """A new token, shown on the page this once."""
    lifetime: int | Literal["never"] | None
    if expires_days == "never":
        lifetime = "never"
    elif expires_days.isdigit():
        lifetime = int(expires_days)
    else:
        lifetime = None
    try:
        _info, text = await run_in_threadpool(
            tiku_of(request).accounts.tokens.create, user.id, name, lifetime
        )
    except ServiceError as exc:
        if wants_json(request):
            raise
        return await _account(request, user, status=exc.status, **_shown_error(exc))
    return await _account(request, user, new_token=text)


@router.post("/account/tokens/{token_id}/revoke")
async def account_revoke_token(
    request: Request,
    token_id: Annotated[int, Path(ge=1, le=2**62)],
    user: Annotated[User, Depends(require_user)],
) -> RedirectResponse:
    await run_in_threadpool(
        partial(tiku_of(request).accounts.tokens.revoke, token_id, user_id=user.id)
    )
    return RedirectResponse("/account", status_code=303)


@router.get("/lang/{code}")
async def switch_language(request: Request, code: str, next: str = "/problems") -> RedirectResponse:
    if code not in LOCALES:
        raise NotFound(f"no language '{code}'")
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie("tiku_lang", code, max_age=365 * 24 * 3600, samesite="lax")
    user = current_user(request)
    if user is not None:
        tiku_of(request).accounts.set_locale(user.id, code)
    return response


# -- progress and admin -----------------------------------------------------------------------


@router.get("/progress", response_model=None)
async def progress(request: Request) -> Response:
    user = current_user(request)
    if user is None:
        return _login_redirect(request)
    data = tiku_of(request).progress(user)
    return views(request).render(request, "progress.html", progress=data, chart=_chart(data))


def _chart(data: dict[str, Any]) -> dict[str, Any]:
    """Bars for the last 30 days, laid out for an inline SVG (no chart library needed)."""
    days = list(data["daily"].items())
    peak = max([d["submissions"] for _, d in days] + [1])
    width, height, gap = 600, 120, 2
    bar_w = width / max(len(days), 1) - gap
    bars = []
    for i, (day, d) in enumerate(days):
        x = i * (bar_w + gap)
        h_all = height * d["submissions"] / peak
        h_ac = height * d["accepted"] / peak
        bars.append(
            {
                "x": round(x, 1),
                "w": round(bar_w, 1),
                "h": round(h_all, 1),
                "ac": round(h_ac, 1),
                "day": day,
                "n": d["submissions"],
                "n_ac": d["accepted"],
            }
        )
    return {"width": width, "height": height, "bars": bars}


@router.get("/admin", response_model=None)
async def admin_page(request: Request) -> Response:
    user = current_user(request)
    if user is None:
        return _login_redirect(request)
    if not user.is_admin:
        raise NotFound("no such page")
    last = tiku_of(request).last_import
    return views(request).render(
        request, "admin.html", report=None, broken=last.broken if last else {}
    )


@router.post("/admin/reload")
async def admin_reload(
    request: Request, _admin: Annotated[User, Depends(require_admin)]
) -> HTMLResponse:
    tiku = tiku_of(request)
    report = await run_in_threadpool(tiku.reload_bank)
    return views(request).render(
        request, "admin.html", report=report.to_json(), broken=report.broken
    )
