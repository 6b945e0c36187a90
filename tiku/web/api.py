"""REST API under ``/api/v1`` (OpenAPI at ``/api/v1/openapi.json``, docs at ``/api/v1/docs``)."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from tiku.service.catalog import ProblemFilter
from tiku.service.starter import starter_code
from tiku.service.tokens import MAX_EXPIRY_DAYS, TokenInfo
from tiku.store import User
from tiku.web.auth import client_address, current_user, require_user, session_row_id, tiku_of
from tiku.web.markdown import render_file

Difficulty = Literal["easy", "medium", "hard"]
Status = Literal["solved", "attempted", "unattempted"]


class ErrorInfo(BaseModel):
    code: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorResponse(BaseModel):
    error: ErrorInfo


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorResponse} for code in (400, 401, 403, 404, 422, 429)
}


class Title(BaseModel):
    zh: str
    en: str


class ProblemSummary(BaseModel):
    id: str
    title: Title
    kind: str
    category: str | None
    difficulty: str | None
    tags: list[str]
    status: Status | None = None


class ProblemList(BaseModel):
    items: list[ProblemSummary]
    total: int


class Sample(BaseModel):
    name: str
    input: str
    answer: str


class ProblemDetail(ProblemSummary):
    version: str = Field(description="content hash of the version being served")
    statement: dict[str, str] = Field(description="Markdown by language")
    statement_html: dict[str, str]
    samples: list[Sample]
    time_limit_s: float | None
    memory_mib: int
    signature: dict[str, Any] | None
    starter_code: dict[str, str] = Field(description="by language id")


class LanguageInfo(BaseModel):
    id: str
    name: str
    version: str
    extensions: list[str]
    default: bool


class SubmissionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    problem: str = Field(min_length=1, max_length=100)
    language: str = Field(min_length=1, max_length=32)
    source: str = Field(min_length=1)


class RunCreate(SubmissionCreate):
    input: str = ""


class TestInfo(BaseModel):
    idx: int
    name: str
    verdict: str
    time_s: float
    wall_s: float
    memory_kib: int
    message: str


class SubmissionInfo(BaseModel):
    id: int
    problem: str
    language: str
    status: Literal["pending", "judging", "done"]
    verdict: str | None
    time_s: float | None
    memory_kib: int | None
    test_count: int
    compile_output: str
    message: str
    attempts: int
    created_at: str | None
    judged_at: str | None
    tests: list[TestInfo] | None = None


class SubmissionList(BaseModel):
    items: list[SubmissionInfo]


class RunResult(BaseModel):
    verdict: str
    output: str
    stderr: str
    time_s: float
    memory_kib: int
    compile_output: str
    message: str


class Me(BaseModel):
    id: int
    username: str
    is_admin: bool


class TokenOut(BaseModel):
    id: int
    name: str
    prefix: str = Field(description="the token's first characters, to recognise it")
    created_at: str
    last_used_at: str | None
    expires_at: str | None = Field(description="null: never")
    status: Literal["active", "expired", "revoked"]


class NewToken(TokenOut):
    token: str = Field(description="the token itself: shown only this once")


class TokenCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(default="", max_length=100)
    expires_days: Annotated[int, Field(ge=1, le=MAX_EXPIRY_DAYS)] | Literal["never"] | None = Field(
        default=None,
        description='days until it expires (default TIKU_TOKEN_EXPIRY_DAYS, 90), or "never"',
    )


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=1, max_length=1024)


router = APIRouter(prefix="/api/v1", responses=ERRORS)
UserDep = Annotated[User, Depends(require_user)]


@router.get("/problems", response_model=ProblemList, tags=["problems"])
async def list_problems(
    request: Request,
    q: Annotated[str, Query(max_length=200)] = "",
    category: Annotated[str | None, Query(max_length=40)] = None,
    difficulty: Difficulty | None = None,
    tag: Annotated[str | None, Query(max_length=60)] = None,
    status: Status | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> ProblemList:
    """Problems with filters; ``q`` searches titles, tags and statements (Chinese or English)."""
    tiku = tiku_of(request)
    user = current_user(request)
    states = tiku.catalog.states(user.id if user else None)
    found = tiku.catalog.search(ProblemFilter(q, category, difficulty, tag, status), states)
    items = [
        ProblemSummary(
            **entry.summary(),
            status=states.get(entry.id, "unattempted") if user else None,  # type: ignore[arg-type]
        )
        for entry in found[offset : offset + limit]
    ]
    return ProblemList(items=items, total=len(found))


@router.get("/problems/{problem_id}", response_model=ProblemDetail, tags=["problems"])
async def get_problem(
    request: Request, problem_id: Annotated[str, Path(max_length=100)]
) -> ProblemDetail:
    tiku = tiku_of(request)
    entry = tiku.catalog.get(problem_id)
    package = tiku.bank.package(entry.version_id)
    user = current_user(request)
    states = tiku.catalog.states(user.id if user else None)
    meta = entry.meta
    return ProblemDetail(
        **entry.summary(),
        status=states.get(entry.id, "unattempted") if user else None,  # type: ignore[arg-type]
        version=entry.content_hash,
        statement={lang: path.read_text("utf-8") for lang, path in package.statements.items()},
        statement_html={lang: render_file(path) for lang, path in package.statements.items()},
        samples=[Sample(**s) for s in meta["samples"]],
        time_limit_s=meta["time_limit_s"],
        memory_mib=meta["memory_mib"],
        signature=meta["function"] or meta["design"],
        starter_code={lang.id: starter_code(meta, lang.id) for lang in tiku.languages()},
    )


@router.get("/languages", response_model=list[LanguageInfo], tags=["languages"])
async def list_languages(request: Request) -> list[LanguageInfo]:
    return [
        LanguageInfo(
            id=lang.id,
            name=lang.spec.name,
            version=lang.spec.version,
            extensions=lang.spec.extensions,
            default=lang.spec.default,
        )
        for lang in tiku_of(request).languages()
    ]


@router.post("/submissions", response_model=SubmissionInfo, status_code=201, tags=["submissions"])
def create_submission(
    request: Request, response: Response, body: SubmissionCreate, user: UserDep
) -> SubmissionInfo:
    """Store a submission and queue it for judging; poll it or follow its events."""
    tiku = tiku_of(request)
    sid = tiku.submit(user, body.problem, body.language, body.source)
    response.headers["Location"] = f"/api/v1/submissions/{sid}"
    return SubmissionInfo(**tiku.submission(user, sid))


@router.get("/submissions", response_model=SubmissionList, tags=["submissions"])
def list_submissions(
    request: Request,
    user: UserDep,
    problem: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> SubmissionList:
    items = tiku_of(request).submissions(user, problem, limit, offset)
    return SubmissionList(items=[SubmissionInfo(**s) for s in items])


@router.get("/submissions/{submission_id}", response_model=SubmissionInfo, tags=["submissions"])
async def get_submission(
    request: Request,
    submission_id: Annotated[int, Path(ge=1, le=2**62)],
    user: UserDep,
    wait_s: Annotated[float, Query(ge=0, le=60, description="wait for the verdict")] = 0,
) -> SubmissionInfo:
    tiku = tiku_of(request)
    tiku.submission(user, submission_id, with_tests=False)  # 404 before waiting
    if wait_s > 0:
        with contextlib.suppress(TimeoutError):
            await tiku.wait_for(submission_id, wait_s)
    return SubmissionInfo(**tiku.submission(user, submission_id))


@router.post("/runs", response_model=RunResult, tags=["runs"])
async def create_run(request: Request, body: RunCreate, user: UserDep) -> RunResult:
    """Run a program on custom input (nothing is stored) and return what it did."""
    tiku = tiku_of(request)
    future = tiku.custom_run(user, body.problem, body.language, body.source, body.input)
    return RunResult(**(await asyncio.wrap_future(future)))


@router.get("/me", response_model=Me, tags=["users"])
async def me(user: UserDep) -> Me:
    return Me(id=user.id, username=user.username, is_admin=user.is_admin)


@router.post("/me/password", status_code=204, response_class=Response, tags=["users"])
def change_password(request: Request, body: PasswordChange, user: UserDep) -> Response:
    """Change your password (the current one is checked, throttled like a login). Your other
    login sessions end; the session making this request, if any, goes on."""
    tiku_of(request).accounts.change_password(
        user,
        body.current_password,
        body.new_password,
        address=client_address(request),
        keep_session=session_row_id(request),
    )
    return Response(status_code=204)


@router.get("/tokens", response_model=list[TokenOut], tags=["tokens"])
def list_tokens(request: Request, user: UserDep) -> list[TokenOut]:
    """Your API tokens, newest first (never their text)."""
    return [_token_out(t) for t in tiku_of(request).accounts.tokens.of_user(user.id)]


@router.post("/tokens", response_model=NewToken, status_code=201, tags=["tokens"])
def create_token(request: Request, body: TokenCreate, user: UserDep) -> NewToken:
    """A new token for you; its text is in this answer only."""
    info, text = tiku_of(request).accounts.tokens.create(user.id, body.name, body.expires_days)
    return NewToken(**_token_out(info).model_dump(), token=text)


@router.delete("/tokens/{token_id}", status_code=204, response_class=Response, tags=["tokens"])
def revoke_token(
    request: Request, token_id: Annotated[int, Path(ge=1, le=2**62)], user: UserDep
) -> Response:
    """Revoke one of your tokens: it is refused from now on."""
    tiku_of(request).accounts.tokens.revoke(token_id, user_id=user.id)
    return Response(status_code=204)


def _token_out(t: TokenInfo) -> TokenOut:
    return TokenOut(
        id=t.id,
        name=t.name,
        prefix=t.prefix,
        created_at=_iso(t.created_at) or "",
        last_used_at=_iso(t.last_used_at),
        expires_at=_iso(t.expires_at),
        status=t.status(),
    )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
