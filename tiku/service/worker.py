"""The work a dispatcher runs: judge one stored submission, or one custom run."""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from tiku.errors import TikuError
from tiku.judge.engine import Judge
from tiku.judge.verdict import JudgeResult, TestResult, Verdict
from tiku.service.bank import BankService
from tiku.service.dispatcher import JudgeTask, ProgressBroker, RunTask
from tiku.store import Database, Submission, claim_submission, finish_submission, record_test
from tiku.store.judging import FinalResult, ResultRow, release_claim

log = logging.getLogger(__name__)
MESSAGE_CHARS = 4000


class JudgeWorker:
    def __init__(
        self, db: Database, bank: BankService, judge: Judge, broker: ProgressBroker
    ) -> None:
        self.db = db
        self.bank = bank
        self.judge = judge
        self.broker = broker
        # Set when the service stops without waiting: a judging cut short records nothing more
        # (its claim is released at the next start and it is judged again from scratch).
        self.stopping = False
        self._stranded: dict[int, str] = {}  # submission id -> the claim its result needs
        self._lock = threading.Lock()

    def judge_submission(self, task: JudgeTask) -> None:
        """Judge one submission. A store that refuses writes (a full disk) loses nothing: before
        the claim the submission stays pending; after it, the claim is handed back later
        (``give_back_stranded``) and the submission is judged again."""
        sid = task.submission_id
        token = claim_submission(self.db, sid)
        if token is None:
            return  # judged already, or another worker has it
        try:
            self._judge_claimed(sid, token)
        except SQLAlchemyError as exc:
            log.warning(
                "submission %s: the store refused its result (%s); judged again later", sid, exc
            )
            with self._lock:
                self._stranded[sid] = token

    def give_back_stranded(self) -> list[int]:
        """Put back to pending the submissions whose result could not be written; their ids
        (stops at the first that still cannot be written)."""
        with self._lock:
            stranded = list(self._stranded.items())
        given: list[int] = []
        for sid, token in stranded:
            release_claim(self.db, sid, token)  # raises while the store refuses writes
            with self._lock:
                self._stranded.pop(sid, None)
            given.append(sid)
        return given

    def _judge_claimed(self, sid: int, token: str) -> None:
        self.broker.publish(sid)
        with self.db.read() as s:
            sub = s.get(Submission, sid)
            assert sub is not None
            version_id, language_id, source = sub.version_id, sub.language, sub.source
        recorded = 0

        def on_test(test: TestResult) -> None:
            nonlocal recorded
            try:
                if not self.stopping and record_test(self.db, sid, token, _row(recorded, test)):
                    recorded += 1
                    self.broker.publish(sid)
            except SQLAlchemyError:
                pass  # live progress only: recorded again (or judged again) at the end

        try:
            package = self.bank.package(version_id)
            language = self.judge.languages.get(language_id)
            result = self.judge.judge(package, source, language, on_test=on_test)
        except TikuError as exc:
            result = JudgeResult(Verdict.JE, message=str(exc))
        except Exception as exc:
            log.exception("judge error on submission %s", sid)
            result = JudgeResult(Verdict.JE, message=f"judge error: {type(exc).__name__}: {exc}")
        if self.stopping:
            log.info("submission %s left for the next start: the service is stopping", sid)
            return
        for test in result.tests[recorded:]:
            if record_test(self.db, sid, token, _row(recorded, test)):
                recorded += 1
        finish_submission(
            self.db,
            sid,
            token,
            FinalResult(
                verdict=result.verdict.value,
                time_s=round(result.time_s, 4),
                memory_kib=result.memory_kib,
                test_count=recorded,
                compile_output=result.compile_output[:MESSAGE_CHARS],
                message=result.message[:MESSAGE_CHARS],
            ),
        )
        self.broker.publish(sid)

    def custom_run(self, task: RunTask) -> dict[str, Any]:
        package = self.bank.package(task.version_id)
        language = self.judge.languages.get(task.language)
        outcome = self.judge.custom_run(package, task.source, language, task.input.encode())
        return outcome.to_json()


def _row(idx: int, test: TestResult) -> ResultRow:
    return ResultRow(
        idx=idx,
        name=test.name,
        verdict=test.verdict.value,
        time_s=round(test.time_s, 4),
        wall_s=round(test.wall_s, 4),
        memory_kib=test.memory_kib,
        message=test.message[:MESSAGE_CHARS],
    )
