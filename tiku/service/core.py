"""``Tiku``: the one object the web app, the CLI and the tests drive.

It wires the store, the bank, the judge, the dispatcher and the rate limits from a ``Settings``,
and holds the operations that are more than one call: storing a submission before judging it,
recovering what a crash left pending, a custom run, a user's progress.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from tiku.judge.compile_cache import default_cache_dir
from tiku.judge.engine import WARM_SANDBOXES, Judge, JudgeSettings
from tiku.judge.languages import Language, LanguageRegistry
from tiku.sandbox.leftovers import sweep
from tiku.service.accounts import Accounts
from tiku.service.bank import BankService, ImportReport
from tiku.service.catalog import ProblemCatalog
from tiku.service.datadir import prepare_data_dir
from tiku.service.dispatcher import (
    Dispatcher,
    JudgeTask,
    LocalDispatcher,
    ProgressBroker,
    RunTask,
)
from tiku.service.errors import BadRequest, NotFound
from tiku.service.ratelimit import RateLimiter
from tiku.service.settings import Settings
from tiku.service.worker import JudgeWorker
from tiku.store import (
    Database,
    Practice,
    Problem,
    Submission,
    SubmissionStatus,
    SubmissionTest,
    User,
    pending_submission_ids,
    release_stale_claims,
)
from tiku.store.models import utcnow

log = logging.getLogger(__name__)


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything tiku stores is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class StartReport:
    bank: ImportReport
    recovered: list[int]
    admin_password: str | None


class Tiku:
    def __init__(
        self,
        settings: Settings,
        *,
        judge: Judge | None = None,
        dispatcher: Dispatcher | None = None,
    ) -> None:
        self.settings = settings
        prepare_data_dir(settings.data_dir)  # 0700, its files 0600 (fixed if older)
        self.db = Database(settings.resolved_database_url)
        self.accounts = Accounts(self.db, settings)
        self.bank = BankService(settings, self.db)
        self.catalog = ProblemCatalog(self.db)
        self.broker = ProgressBroker()
        # A judge made here is ours to close; one passed in is its owner's.
        self._own_judge = judge is None
        self.judge = judge or Judge(
            JudgeSettings(
                warm_sandboxes=WARM_SANDBOXES,
                precompiled_dir=default_cache_dir().with_name(
                    "precompiled"
                ),  # a cache of this machine's
            ),
            LanguageRegistry.load(),
        )
        self.dispatcher: Dispatcher = dispatcher or LocalDispatcher(
            settings.judge_workers, settings.run_workers
        )
        self.worker = JudgeWorker(self.db, self.bank, self.judge, self.broker)
        self.submit_limiter = RateLimiter(settings.submit_rate_per_min)
        self.run_limiter = RateLimiter(settings.run_rate_per_min)
        self.started = False
        self._closed = False
        self._stop = threading.Event()
        self._resumer: threading.Thread | None = None
        self.last_import: ImportReport | None = None

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self, *, create_admin: bool = True) -> StartReport:
        """Migrate, import the bank, start the workers and re-queue what a crash left pending."""
        self.db.upgrade()
        swept = sweep(self.judge.settings.policy)  # what a killed predecessor left
        if not swept.empty:
            log.info(
                "removed %d work folder(s) and %d cgroup(s) left by a judge that was killed",
                len(swept.folders),
                len(swept.cgroups),
            )
        report = self.reload_bank()
        admin_password = self._first_admin() if create_admin else None
        self.dispatcher.start(self.worker.judge_submission, self.worker.custom_run)
        self.started = True
        recovered = self.recover() if self.settings.recover_on_start else []
        self._resumer = threading.Thread(target=self._resume_loop, name="tiku-resume", daemon=True)
        self._resumer.start()
        return StartReport(report, recovered, admin_password)

    def resume(self) -> list[int]:
        """Judge what a store refusing writes (a full disk) held up: results that could not be
        written are given back, and every pending submission is queued (again: the dispatcher
        drops what it already has). Run every ``resume_interval_s`` while the service runs."""
        try:
            self.worker.give_back_stranded()
        except SQLAlchemyError as exc:
            log.warning("results still cannot be written: %s", exc)
        pending = pending_submission_ids(self.db)
        for sid in pending:
            self.dispatcher.submit(JudgeTask(sid))
        return pending

    def _resume_loop(self) -> None:
        while not self._stop.wait(self.settings.resume_interval_s):
            try:
                self.resume()
            except Exception:  # never let the loop die: the next round tries again
                log.exception("resuming pending submissions failed")

    def reload_bank(self) -> ImportReport:
        report = self.bank.import_bank()
        self.catalog.refresh()
        self.last_import = report  # the admin page shows it (broken packages, their findings)
        return report

    def recover(self) -> list[int]:
        released = release_stale_claims(self.db)
        pending = pending_submission_ids(self.db)
        if pending:
            log.info(
                "re-queueing %d pending submission(s) (%d interrupted)", len(pending), released
            )
        for sid in pending:
            self.dispatcher.submit(JudgeTask(sid))
        return pending

    def _first_admin(self) -> str | None:
        if self.accounts.count() > 0:
            return None
        password = secrets.token_urlsafe(12)
        self.accounts.create_user("admin", password, is_admin=True)
        return password

    def close(self, wait: bool = True) -> None:
        """Stop (once): with ``wait``, after the judgings under way; without, at once: what is
        being judged is left ``judging`` (not given a verdict from a sandbox torn down under
        it) and judged again at the next start."""
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        if self._resumer is not None:
            self._resumer.join()
        if not wait:
            self.worker.stopping = True
            if self._own_judge:
                self.judge.abort()  # the judgings under way end at once, then are waited for
        self.dispatcher.close(wait=wait or self._own_judge, cancel_queued=not wait)
        if self._own_judge:
            self.judge.close(wait=True)  # every sandbox closed: nothing left in /dev/shm
        self.db.close()

    @property
    def secret_key(self) -> str:
        if self.settings.secret_key:
            return self.settings.secret_key
        path = self.settings.data_dir / "secret_key"
        if not path.is_file():
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()

    # -- languages ----------------------------------------------------------------------------

    def languages(self) -> list[Language]:
        return [lang for lang in self.judge.languages.languages.values() if lang.available]

    def language(self, lang_id: str) -> Language:
        lang = self.judge.languages.languages.get(lang_id)
        if lang is None or not lang.available:
            raise BadRequest(f"unknown or unavailable language '{lang_id}'", field="language")
        return lang

    # -- submissions --------------------------------------------------------------------------

    def _check_source(self, source: str) -> None:
        if not source.strip():
            raise BadRequest("the source is empty", field="source")
        if len(source.encode()) > self.settings.max_source_kib * 1024:
            raise BadRequest(
                f"the source is larger than {self.settings.max_source_kib} KiB", field="source"
            )

    def submit(self, user: User, slug: str, language: str, source: str) -> int:
        """Store a submission (pending), then hand its id to the dispatcher."""
        entry = self.catalog.get(slug)
        self.language(language)
        self._check_source(source)
        self.submit_limiter.hit(user.id)
        for attempt in range(3):
            try:
                sid = self._store_submission(user, entry.id, entry.version_id, language, source)
                break
            except IntegrityError:  # two first submissions raced to create the practice row
                if attempt == 2:
                    raise
        if self.started:
            self.dispatcher.submit(JudgeTask(sid))
        return sid

    def _store_submission(
        self, user: User, problem_id: int, version_id: int, language: str, source: str
    ) -> int:
        with self.db.write() as s:
            sub = Submission(
                user_id=user.id,
                problem_id=problem_id,
                version_id=version_id,
                language=language,
                source=source,
                status=SubmissionStatus.PENDING,
            )
            s.add(sub)
            practice = s.get(Practice, (user.id, problem_id))
            if practice is None:
                s.add(Practice(user_id=user.id, problem_id=problem_id, attempts=1))
            else:
                practice.attempts += 1
                practice.last_submitted_at = utcnow()
            s.flush()
            return sub.id

    def submission(self, user: User, sid: int, *, with_tests: bool = True) -> dict[str, Any]:
        with self.db.read() as s:
            sub = s.get(Submission, sid)
            if sub is None or (sub.user_id != user.id and not user.is_admin):
                raise NotFound(f"no submission {sid}")
            slug = s.scalar(select(Problem.slug).where(Problem.id == sub.problem_id))
            data = submission_json(sub, slug or "")
            if with_tests:
                tests = s.scalars(
                    select(SubmissionTest)
                    .where(SubmissionTest.submission_id == sid)
                    .order_by(SubmissionTest.idx)
                ).all()
                data["tests"] = [test_json(t) for t in tests]
            return data

    def submission_tests_after(self, sid: int, after_idx: int) -> list[dict[str, Any]]:
        with self.db.read() as s:
            tests = s.scalars(
                select(SubmissionTest)
                .where(SubmissionTest.submission_id == sid, SubmissionTest.idx > after_idx)
                .order_by(SubmissionTest.idx)
            ).all()
            return [test_json(t) for t in tests]

    def submissions(
        self, user: User, slug: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        query = (
            select(Submission, Problem.slug)
            .join(Problem, Problem.id == Submission.problem_id)
            .where(Submission.user_id == user.id)
            .order_by(Submission.id.desc())
            .limit(limit)
            .offset(offset)
        )
        if slug is not None:
            query = query.where(Problem.slug == slug)
        with self.db.read() as s:
            return [submission_json(sub, sslug) for sub, sslug in s.execute(query).all()]

    async def wait_for(self, sid: int, timeout_s: float = 60.0) -> None:
        """Wait until a submission is judged (used by tests and the API's ``wait``)."""
        deadline = asyncio.get_running_loop().time() + timeout_s
        with self.broker.subscribe(sid) as event:
            while True:
                with self.db.read() as s:
                    status = s.scalar(select(Submission.status).where(Submission.id == sid))
                if status == SubmissionStatus.DONE:
                    return
                remaining = deadline - asyncio.get_running_loop().time()
                if remaining <= 0:
                    raise TimeoutError(f"submission {sid} not judged in {timeout_s} s")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), min(remaining, 1.0))
                event.clear()

    # -- custom runs --------------------------------------------------------------------------

    def custom_run(
        self, user: User, slug: str, language: str, source: str, input_text: str
    ) -> Future[dict[str, Any]]:
        entry = self.catalog.get(slug)
        self.language(language)
        self._check_source(source)
        if len(input_text.encode()) > self.settings.max_input_kib * 1024:
            raise BadRequest(
                f"the input is larger than {self.settings.max_input_kib} KiB", field="input"
            )
        self.run_limiter.hit(user.id)
        return self.dispatcher.run(RunTask(entry.version_id, language, source, input_text))

    # -- progress -----------------------------------------------------------------------------

    def progress(self, user: User, days: int = 30) -> dict[str, Any]:
        states = self.catalog.states(user.id)
        per_category: dict[str, dict[str, int]] = {}
        for e in self.catalog.entries:
            cat = per_category.setdefault(e.category or "other", {"total": 0, "solved": 0})
            cat["total"] += 1
            if states.get(e.id) == "solved":
                cat["solved"] += 1
        since = utcnow() - timedelta(days=days - 1)
        with self.db.read() as s:
            rows = s.execute(
                select(Submission.created_at, Submission.verdict).where(
                    Submission.user_id == user.id, Submission.created_at >= since
                )
            ).all()
            total = s.scalar(select(func.count(Submission.id)).where(Submission.user_id == user.id))
        daily: dict[str, dict[str, int]] = {}
        start = since.date()
        for i in range(days):
            daily[(start + timedelta(days=i)).isoformat()] = {"submissions": 0, "accepted": 0}
        for created, verdict in rows:
            day = (aware(created) or utcnow()).date().isoformat()
            if day in daily:
                daily[day]["submissions"] += 1
                daily[day]["accepted"] += verdict == "AC"
        return {
            "solved": sum(1 for v in states.values() if v == "solved"),
            "attempted": sum(1 for v in states.values() if v == "attempted"),
            "total_problems": len(self.catalog.entries),
            "submissions": int(total or 0),
            "per_category": per_category,
            "daily": daily,
            "recent": self.submissions(user, limit=10),
        }


def _iso(moment: datetime | None) -> str | None:
    moment = aware(moment)
    return moment.isoformat() if moment else None


def submission_json(sub: Submission, slug: str) -> dict[str, Any]:
    return {
        "id": sub.id,
        "problem": slug,
        "language": sub.language,
        "status": sub.status,
        "verdict": sub.verdict,
        "time_s": sub.time_s,
        "memory_kib": sub.memory_kib,
        "test_count": sub.test_count,
        "compile_output": sub.compile_output,
        "message": sub.message,
        "attempts": sub.attempts,
        "created_at": _iso(sub.created_at),
        "judged_at": _iso(sub.judged_at),
    }


def test_json(t: SubmissionTest) -> dict[str, Any]:
    return {
        "idx": t.idx,
        "name": t.name,
        "verdict": t.verdict,
        "time_s": t.time_s,
        "wall_s": t.wall_s,
        "memory_kib": t.memory_kib,
        "message": t.message,
    }


__all__ = ["StartReport", "Tiku", "aware", "submission_json", "test_json"]
