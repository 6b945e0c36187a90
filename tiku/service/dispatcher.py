"""How judging work reaches a worker: a ``Dispatcher`` takes plain-data tasks carrying ids.

The default, ``LocalDispatcher``, is an in-process thread pool (the judge spends its time
waiting on sandboxed processes, so threads keep the event loop free). A distributed backend
(Celery, Redis streams...) implements the same three methods and receives the same payloads;
the store's claim protocol keeps it from judging anything twice.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JudgeTask:
    """Judge the stored submission ``submission_id`` (everything else is read from the store)."""

    submission_id: int


@dataclass(frozen=True)
class RunTask:
    """A custom run: nothing is stored, the answer goes back to the caller."""

    version_id: int
    language: str
    source: str
    input: str


JudgeHandler = Callable[[JudgeTask], None]
RunHandler = Callable[[RunTask], dict[str, Any]]


class Dispatcher(Protocol):
    def start(self, judge: JudgeHandler, run: RunHandler) -> None: ...

    def submit(self, task: JudgeTask) -> None: ...

    def run(self, task: RunTask) -> Future[dict[str, Any]]: ...

    def close(self, wait: bool = True, cancel_queued: bool = False) -> None: ...


class LocalDispatcher:
    """Worker threads in this process: ``workers`` judgings at a time, and a lane of its own for
    custom runs (``run_workers`` at a time), so that a run never waits behind queued judgings."""

    def __init__(self, workers: int = 1, run_workers: int = 1) -> None:
        self.workers = workers
        self.run_workers = run_workers
        self._pool: ThreadPoolExecutor | None = None
        self._runs: ThreadPoolExecutor | None = None
        self._judge: JudgeHandler | None = None
        self._run: RunHandler | None = None
        self._queued: set[int] = set()
        self._lock = threading.Lock()

    def start(self, judge: JudgeHandler, run: RunHandler) -> None:
        self._judge, self._run = judge, run
        self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="tiku-judge")
        self._runs = ThreadPoolExecutor(self.run_workers, thread_name_prefix="tiku-run")

    def submit(self, task: JudgeTask) -> None:
        with self._lock:
            if task.submission_id in self._queued:
                return  # already waiting; the claim protocol would make a second one a no-op
            self._queued.add(task.submission_id)
        self._require_pool().submit(self._judge_one, task)

    def run(self, task: RunTask) -> Future[dict[str, Any]]:
        assert self._run is not None
        if self._runs is None:
            raise RuntimeError("the dispatcher is not started")
        return self._runs.submit(self._run, task)

    def _judge_one(self, task: JudgeTask) -> None:
        with self._lock:
            self._queued.discard(task.submission_id)
        assert self._judge is not None
        try:
            self._judge(task)
        except Exception:  # a worker must survive anything one submission does
            log.exception("judging submission %s failed", task.submission_id)

    def _require_pool(self) -> ThreadPoolExecutor:
        if self._pool is None:
            raise RuntimeError("the dispatcher is not started")
        return self._pool

    def close(self, wait: bool = True, cancel_queued: bool = False) -> None:
        """Stop taking work. ``wait``: until what runs has ended (and what is queued, unless
        ``cancel_queued``); without ``wait`` the queue is dropped (it is in the store)."""
        for pool in (self._pool, self._runs):
            if pool is not None:
                pool.shutdown(wait=wait, cancel_futures=cancel_queued or not wait)
        self._pool = self._runs = None


class ProgressBroker:
    """Wakes the live views of a submission when a worker records progress on it.

    It carries no data: a woken view reads the store, so a view works the same whichever
    process did the judging, and a missed wake-up only costs a poll interval.
    """

    def __init__(self) -> None:
        self._subscribers: dict[int, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}
        self._lock = threading.Lock()

    @contextmanager
    def subscribe(self, submission_id: int) -> Iterator[asyncio.Event]:
        entry = (asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            self._subscribers.setdefault(submission_id, set()).add(entry)
        try:
            yield entry[1]
        finally:
            with self._lock:
                subs = self._subscribers.get(submission_id)
                if subs is not None:
                    subs.discard(entry)
                    if not subs:
                        del self._subscribers[submission_id]

    def publish(self, submission_id: int) -> None:
        with self._lock:
            entries = list(self._subscribers.get(submission_id, ()))
        for loop, event in entries:
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # the loop is closed: the view is gone
                continue
