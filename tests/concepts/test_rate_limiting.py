"""Tests for tiku.concepts.rate_limiting, including the Redis limiter against a real server."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import redis

from tiku.concepts.rate_limiting import (
    RedisSlidingWindowLimiter,
    SlidingWindowCounter,
    SlidingWindowLog,
    TokenBucket,
)

from ._support import FakeClock


def test_token_bucket_burst_then_steady_rate(clock: FakeClock) -> None:
    bucket = TokenBucket(rate_per_s=2, capacity=5, clock=clock)
    assert sum(bucket.allow() for _ in range(10)) == 5  # the burst
    assert bucket.wait_time_s() == pytest.approx(0.5)
    clock.advance(0.5)
    assert bucket.allow()
    assert not bucket.allow()
    clock.advance(100)
    assert bucket.tokens == 5  # capped at capacity
    assert not bucket.allow(cost=6)


def test_token_bucket_long_run_rate(clock: FakeClock) -> None:
    bucket = TokenBucket(rate_per_s=10, capacity=5, clock=clock)
    allowed = 0
    for _ in range(1000):  # 10 s of offered load at 100 req/s
        clock.advance(0.01)
        allowed += bucket.allow()
    assert 104 <= allowed <= 105  # the initial burst of 5 plus 10/s for 10 s


def test_sliding_log_has_no_boundary_burst(clock: FakeClock) -> None:
    limiter = SlidingWindowLog(limit=10, window_s=1.0, clock=clock)
    clock.now = 1000.75  # binary-exact times keep the boundary arithmetic exact
    assert sum(limiter.allow() for _ in range(10)) == 10
    clock.now = 1001.25  # a fixed 1 s window would have reset at 1001.0 and allowed 10 more
    assert not limiter.allow()
    clock.now = 1001.75  # exactly 1 s after the burst: its entries leave the window
    assert sum(limiter.allow() for _ in range(20)) == 10


def test_sliding_counter_weights_previous_window(clock: FakeClock) -> None:
    clock.now = 100.0
    limiter = SlidingWindowCounter(limit=10, window_s=1.0, clock=clock)
    assert sum(limiter.allow() for _ in range(10)) == 10
    clock.advance(1.25)  # 75% of the previous window still overlaps: estimate 7.5
    assert sum(limiter.allow() for _ in range(10)) == 2
    clock.advance(5)  # long idle: both windows empty
    assert sum(limiter.allow() for _ in range(20)) == 10


def test_sliding_counter_never_allows_double_burst_at_boundary(clock: FakeClock) -> None:
    clock.now = 100.0
    limiter = SlidingWindowCounter(limit=10, window_s=1.0, clock=clock)
    clock.advance(0.99)
    assert sum(limiter.allow() for _ in range(10)) == 10
    clock.advance(0.02)
    assert sum(limiter.allow() for _ in range(10)) == 0


@pytest.mark.redis
def test_redis_limiter_sliding_window(redis_client: redis.Redis, clock: FakeClock) -> None:
    limiter = RedisSlidingWindowLimiter(redis_client, limit=3, window_ms=1000, clock=clock)
    assert [limiter.allow("alice") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("bob")  # keys are independent
    clock.advance(0.999)
    assert not limiter.allow("alice")
    clock.advance(0.001)
    assert limiter.allow("alice")
    ttl = redis_client.pttl("ratelimit:alice")
    assert 0 < ttl <= 1000  # the key cleans itself up


@pytest.mark.redis
def test_redis_limiter_is_atomic_under_concurrency(
    redis_factory: Callable[[], redis.Redis], redis_client: redis.Redis
) -> None:
    allowed: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        client = redis_factory()
        limiter = RedisSlidingWindowLimiter(client, limit=100, window_ms=60_000)
        results = [limiter.allow("shared") for _ in range(50)]
        with lock:
            allowed.extend(results)
        client.close()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(allowed) == 400
    assert sum(allowed) == 100
    assert redis_client.zcard("ratelimit:shared") == 100
