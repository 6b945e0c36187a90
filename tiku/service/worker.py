"""The work a dispatcher runs: judge one stored submission, or one custom run."""

from __future__ import annotations

import logging
from typing import Any

from tiku.errors import TikuError
from tiku.judge.engine import Judge
from tiku.judge.verdict import JudgeResult, TestResult, Verdict
from tiku.service.bank import BankService
from tiku.service.dispatcher import JudgeTask, ProgressBroker, RunTask
from tiku.store import Database, Submission, claim_submission, finish_submission, record_test
from tiku.store.judging import FinalResult, ResultRow

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

    def judge_submission(self, task: JudgeTask) -> None:
        sid = task.submission_id
        token = claim_submission(self.db, sid)
        if token is None:
            return  # judged already, or another worker has it
        self.broker.publish(sid)
        with self.db.read() as s:
            sub = s.get(Submission, sid)
            assert sub is not None
            version_id, language_id, source = sub.version_id, sub.language, sub.source
        recorded = 0

        def on_test(test: TestResult) -> None:
            nonlocal recorded
            if not self.stopping and record_test(self.db, sid, token, _row(recorded, test)):
                recorded += 1
                self.broker.publish(sid)

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
