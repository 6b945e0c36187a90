"""Tests for tiku.concepts.sequential_lock: FIFO fairness, no herd effect, session expiry."""

from __future__ import annotations

import threading
import time

import pytest

from tiku.concepts.sequential_lock import (
    Coordinator,
    LockLostError,
    NodeExistsError,
    SequentialLock,
    SessionExpiredError,
)

from ._support import FakeClock

LOCK = "/locks/report"


def wait_until(condition: object, timeout_s: float = 5.0) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.001)


def test_sequential_nodes_and_exclusive_create() -> None:
    coord = Coordinator()
    s = coord.open_session()
    first = coord.create("/q/item-", session=s, ephemeral=True, sequential=True)
    second = coord.create("/q/item-", session=s, ephemeral=True, sequential=True)
    assert (first, second) == ("/q/item-0000000000", "/q/item-0000000001")
    assert coord.children("/q") == ["item-0000000000", "item-0000000001"]
    coord.create("/plain")
    with pytest.raises(NodeExistsError):
        coord.create("/plain")  # a plain create is the atomic test-and-set; exists() is not


def test_exists_then_create_is_a_race() -> None:
    """Both clients pass the exists() check before either creates: the seed's bug."""
    coord = Coordinator()
    saw_free = [not coord.exists("/lock"), not coord.exists("/lock")]
    assert saw_free == [True, True]
    coord.create("/lock")
    with pytest.raises(NodeExistsError):
        coord.create("/lock")  # the second "winner" crashes (or, worse, thinks it won)


def test_fifo_order_and_no_herd_effect() -> None:
    coord = Coordinator()
    holder = SequentialLock(coord, coord.open_session(), LOCK)
    assert holder.acquire(timeout_s=1)
    waiters = [SequentialLock(coord, coord.open_session(), LOCK) for _ in range(8)]
    for w in waiters:
        w.enqueue()  # queue order is fixed by the sequence numbers
    order: list[int] = []
    release_gate = threading.Event()

    def run(i: int) -> None:
        assert waiters[i].acquire(timeout_s=10)
        order.append(i)
        release_gate.wait(10)
        waiters[i].release()

    threads = [threading.Thread(target=run, args=(i,)) for i in reversed(range(8))]
    for t in threads:  # started in reverse order: start order must not matter
        t.start()
    wait_until(lambda: coord.pending_watches(LOCK) == 8)  # each waits on its predecessor
    assert coord.delivered == []

    holder.release()
    wait_until(lambda: order == [0])
    # Exactly one notification for the release: only the successor woke up.
    assert len(coord.delivered) == 1
    assert coord.pending_watches(LOCK) == 7

    release_gate.set()
    for t in threads:
        t.join(10)
    assert order == list(range(8))
    assert len(coord.delivered) == 8  # one per release, not one per waiter per release
    assert coord.children(LOCK) == []


def test_session_expiry_releases_the_lock(clock: FakeClock) -> None:
    coord = Coordinator(clock=clock)
    crashed_session = coord.open_session(timeout_s=10)
    waiter_session = coord.open_session(timeout_s=10)
    holder = SequentialLock(coord, crashed_session, LOCK)
    waiter = SequentialLock(coord, waiter_session, LOCK)
    assert holder.acquire(timeout_s=1)
    acquired = threading.Event()

    def wait_for_lock() -> None:
        if waiter.acquire(timeout_s=10):
            acquired.set()

    t = threading.Thread(target=wait_for_lock)
    t.start()
    wait_until(lambda: coord.pending_watches(LOCK) == 1)

    clock.advance(6)
    coord.heartbeat(waiter_session)
    assert coord.expire_sessions() == []
    clock.advance(6)  # the holder "crashed" 12 s ago and never heartbeated
    coord.heartbeat(waiter_session)
    assert coord.expire_sessions() == [crashed_session.session_id]

    t.join(5)
    assert acquired.is_set()
    assert waiter.is_held()
    assert not holder.is_held()  # the old holder can find out it lost the lock
    with pytest.raises(SessionExpiredError):
        coord.heartbeat(crashed_session)


def test_waiter_whose_session_expires_leaves_the_queue(clock: FakeClock) -> None:
    coord = Coordinator(clock=clock)
    s1 = coord.open_session(timeout_s=5)
    s2 = coord.open_session(timeout_s=50)
    s3 = coord.open_session(timeout_s=50)
    first = SequentialLock(coord, s1, LOCK)
    second = SequentialLock(coord, s2, LOCK)
    third = SequentialLock(coord, s3, LOCK)
    assert first.acquire(timeout_s=1)
    second.enqueue()
    third.enqueue()
    clock.advance(10)
    coord.heartbeat(s2)
    coord.heartbeat(s3)
    coord.close_session(s2)  # the middle waiter dies
    coord.expire_sessions()  # and the holder times out
    with pytest.raises(LockLostError):
        second.acquire(timeout_s=1)
    assert third.acquire(timeout_s=1)


def test_timeout_gives_up_place_in_queue() -> None:
    coord = Coordinator()
    holder = SequentialLock(coord, coord.open_session(), LOCK)
    impatient = SequentialLock(coord, coord.open_session(), LOCK)
    patient = SequentialLock(coord, coord.open_session(), LOCK)
    assert holder.acquire()
    assert not impatient.acquire(timeout_s=0.05)
    assert impatient.node is None
    assert len(coord.children(LOCK)) == 1
    holder.release()
    assert patient.acquire(timeout_s=1)
