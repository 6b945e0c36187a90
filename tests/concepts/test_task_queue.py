"""Tests for tiku.concepts.task_queue against a real redis-server, with an injected clock."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import redis

from tiku.concepts.task_queue import RedisTaskQueue

from ._support import FakeClock

pytestmark = pytest.mark.redis


def make_queue(client: redis.Redis, clock: FakeClock, **kwargs: int) -> RedisTaskQueue:
    options = {
        "visibility_timeout_ms": 10_000,
        "max_attempts": 3,
        "backoff_base_ms": 1_000,
        "backoff_max_ms": 60_000,
    }
    options.update(kwargs)
    return RedisTaskQueue(client, "jobs", clock=clock, **options)


def test_priority_then_fifo(redis_client: redis.Redis, clock: FakeClock) -> None:
    q = make_queue(redis_client, clock)
    q.enqueue("low-1", priority=1)
    q.enqueue("high-1", priority=9)
    q.enqueue("low-2", priority=1)
    q.enqueue("high-2", priority=9)
    q.enqueue("mid", priority=5)
    order = []
    while (task := q.dequeue()) is not None:
        order.append((task.payload, task.priority))
        assert q.ack(task)
    assert order == [("high-1", 9), ("high-2", 9), ("mid", 5), ("low-1", 1), ("low-2", 1)]
    assert q.counts() == {"ready": 0, "delayed": 0, "inflight": 0, "dead": 0}


def test_dead_worker_task_is_redelivered_after_visibility_timeout(
    redis_client: redis.Redis, clock: FakeClock
) -> None:
    q = make_queue(redis_client, clock)
    q.enqueue("resize image 42")
    lost = q.dequeue()
    assert lost is not None and lost.attempt == 1
    assert q.dequeue() is None  # invisible to others while leased
    clock.advance(10.0)  # the worker died: deadline reached
    assert q.dequeue() is None  # counted as a failure: backoff of 1 s before the retry
    clock.advance(1.0)
    again = q.dequeue()
    assert again is not None and again.id == lost.id and again.attempt == 2
    # The dead worker comes back late: its ack must not remove the new delivery.
    assert not q.ack(lost)
    assert q.fail(lost, "late") == "stale"
    assert q.ack(again)


def test_extend_keeps_a_long_task_leased(redis_client: redis.Redis, clock: FakeClock) -> None:
    q = make_queue(redis_client, clock)
    q.enqueue("long report")
    task = q.dequeue()
    assert task is not None
    for _ in range(5):
        clock.advance(8.0)
        assert q.extend(task)
        assert q.dequeue() is None
    assert q.ack(task)


def test_retries_with_exponential_backoff_then_dead_letter(
    redis_client: redis.Redis, clock: FakeClock
) -> None:
    q = make_queue(redis_client, clock, max_attempts=4, backoff_base_ms=1000)
    q.enqueue("flaky")
    task = q.dequeue()
    for attempt, backoff_s in ((1, 1.0), (2, 2.0), (3, 4.0)):
        assert task is not None and task.attempt == attempt
        assert q.fail(task, f"boom {attempt}") == "retry"
        clock.advance(backoff_s - 0.5)
        assert q.dequeue() is None  # still backing off
        clock.advance(0.5)
        task = q.dequeue()
    assert task is not None and task.attempt == 4
    assert q.fail(task, "boom 4") == "dead"
    clock.advance(3600)
    assert q.dequeue() is None  # never delivered again
    dead = q.dead_letters()
    assert [(d.payload, d.attempts, d.error) for d in dead] == [("flaky", 4, "boom 4")]
    assert q.counts() == {"ready": 0, "delayed": 0, "inflight": 0, "dead": 1}


def test_repeated_visibility_timeouts_end_in_dead_letters(
    redis_client: redis.Redis, clock: FakeClock
) -> None:
    q = make_queue(redis_client, clock, max_attempts=2, backoff_max_ms=1000)
    q.enqueue("crashes the worker")
    first = q.dequeue()
    assert first is not None  # this worker dies without ack or fail
    clock.advance(60)
    assert q.dequeue() is None  # the timeout counts as a failure: backing off
    clock.advance(1)
    second = q.dequeue()
    assert second is not None and second.attempt == 2  # dies too
    clock.advance(60)
    assert q.dequeue() is None
    assert [d.error for d in q.dead_letters()] == ["visibility timeout"]


def test_delayed_enqueue(redis_client: redis.Redis, clock: FakeClock) -> None:
    q = make_queue(redis_client, clock)
    q.enqueue("later", delay_ms=5_000)
    assert q.dequeue() is None
    clock.advance(5.0)
    task = q.dequeue()
    assert task is not None and task.payload == "later"


def test_concurrent_workers_never_share_a_task(
    redis_factory: Callable[[], redis.Redis], redis_client: redis.Redis
) -> None:
    q = RedisTaskQueue(redis_client, "jobs")
    for i in range(300):
        q.enqueue(f"task-{i}", priority=i % 10)
    taken: list[str] = []
    guard = threading.Lock()

    def worker() -> None:
        client = redis_factory()
        wq = RedisTaskQueue(client, "jobs")
        while (task := wq.dequeue()) is not None:
            assert wq.ack(task)
            with guard:
                taken.append(task.payload)
        client.close()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(taken) == sorted(f"task-{i}" for i in range(300))
