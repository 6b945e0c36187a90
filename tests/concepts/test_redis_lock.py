"""Tests for tiku.concepts.redis_lock against a real redis-server."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
import redis

from tiku.concepts.redis_lock import FencedStore, LockNotHeldError, RedisLock, StaleTokenError

pytestmark = pytest.mark.redis


def test_mutual_exclusion_and_ttl(redis_client: redis.Redis) -> None:
    a = RedisLock(redis_client, "job", ttl_ms=5000)
    b = RedisLock(redis_client, "job", ttl_ms=5000)
    assert a.acquire(blocking=False)
    assert not b.acquire(blocking=False)
    assert 0 < redis_client.pttl("lock:job") <= 5000  # the lock can never outlive a crash
    assert a.release()
    assert b.acquire(blocking=False)
    assert b.fencing_token is not None and a.fencing_token is not None
    assert b.fencing_token > a.fencing_token


def test_paused_client_cannot_write_or_release_after_expiry(redis_client: redis.Redis) -> None:
    store = FencedStore()
    a = RedisLock(redis_client, "resource", ttl_ms=100)
    b = RedisLock(redis_client, "resource", ttl_ms=5000)

    assert a.acquire(blocking=False)
    token_a = a.fencing_token
    assert token_a is not None
    store.write("balance", 100, token_a)

    time.sleep(0.2)  # A "pauses" (GC, swap...) past its TTL; the lock expires on the server

    assert b.acquire(blocking=False)
    assert b.fencing_token is not None and b.fencing_token > token_a
    store.write("balance", 200, b.fencing_token)

    # A wakes up, still believing it holds the lock, and writes with its old token: rejected.
    with pytest.raises(StaleTokenError):
        store.write("balance", 999, token_a)
    assert store.data["balance"] == 200

    # A's release must not delete B's lock (a plain DEL would).
    assert not a.release()
    assert redis_client.get("lock:resource") == (b.token or "").encode()
    assert b.owned()
    with pytest.raises(LockNotHeldError):
        a.extend()
    assert b.release()
    assert redis_client.exists("lock:resource") == 0


def test_extend_keeps_the_lock_alive(redis_client: redis.Redis) -> None:
    a = RedisLock(redis_client, "long", ttl_ms=150)
    assert a.acquire(blocking=False)
    for _ in range(3):
        time.sleep(0.08)
        a.extend()
    assert a.owned()  # 240 ms after acquiring with a 150 ms TTL
    b = RedisLock(redis_client, "long")
    assert not b.acquire(blocking=False)


def test_blocking_acquire_times_out_then_succeeds(redis_client: redis.Redis) -> None:
    a = RedisLock(redis_client, "x", ttl_ms=5000)
    assert a.acquire()
    b = RedisLock(redis_client, "x", retry_interval_s=0.005)
    started = time.monotonic()
    assert not b.acquire(timeout_s=0.05)
    assert time.monotonic() - started >= 0.05
    a.release()
    assert b.acquire(timeout_s=1)


def test_counter_increments_are_not_lost_under_contention(
    redis_factory: Callable[[], redis.Redis],
) -> None:
    """Eight threads do read-modify-write on a shared value under the lock."""
    shared = {"n": 0}

    def worker() -> None:
        client = redis_factory()
        for _ in range(25):
            with RedisLock(client, "counter", ttl_ms=5000, retry_interval_s=0.001):
                value = shared["n"]
                time.sleep(0)  # invite a context switch inside the critical section
                shared["n"] = value + 1
        client.close()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert shared["n"] == 200


def test_fenced_store_accepts_equal_and_newer_tokens() -> None:
    store = FencedStore()
    store.write("k", 1, 5)
    store.write("k", 2, 5)  # the same holder may write several times
    store.write("k", 3, 9)
    with pytest.raises(StaleTokenError):
        store.write("k", 4, 8)
    assert store.data == {"k": 3} and store.highest_token == 9
