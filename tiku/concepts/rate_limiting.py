"""Rate limiters: token bucket, sliding-window log, sliding-window counter, and a Redis one.

* ``TokenBucket`` — tokens refill continuously at ``rate_per_s`` up to ``capacity``; a request
  spends ``cost`` tokens. Allows bursts up to ``capacity`` and enforces the long-run rate. O(1)
  memory: refilling is computed from the elapsed time, no timer thread.
* ``SlidingWindowLog`` — remembers the timestamp of every accepted request in the last
  ``window_s``; exact ("at most N in *any* window of that length") but O(N) memory per client.
* ``SlidingWindowCounter`` — keeps only the counts of the current and previous fixed windows and
  estimates the sliding count as ``current + previous * overlap``. O(1) memory; an approximation
  that assumes requests were uniform within the previous window. A *fixed* window counter, by
  contrast, lets a client send 2N requests around a window boundary — the classic mistake.
* ``RedisSlidingWindowLimiter`` — the sliding-window log in a Redis sorted set, shared by all
  application servers. The trim / count / add sequence runs as one Lua script: done as separate
  commands, two servers could both count N-1 and both add, exceeding the limit. Timestamps come
  from the injected client clock (deterministic tests; servers need NTP-synced clocks); an
  alternative is ``redis.call('TIME')`` inside the script, valid with effect replication.

All clocks are injected (seconds as float); nothing here sleeps.
"""

from __future__ import annotations

import itertools
import os
import time
from collections import deque
from collections.abc import Callable

import redis

__all__ = [
    "RedisSlidingWindowLimiter",
    "SlidingWindowCounter",
    "SlidingWindowLog",
    "TokenBucket",
]

Clock = Callable[[], float]


class TokenBucket:
    def __init__(self, rate_per_s: float, capacity: float, clock: Clock = time.monotonic) -> None:
        if rate_per_s <= 0 or capacity <= 0:
            raise ValueError("rate_per_s and capacity must be positive")
        self.rate_per_s = rate_per_s
        self.capacity = capacity
        self._clock = clock
        self._tokens = capacity
        self._updated = clock()

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._updated)  # a clock going backwards adds nothing
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate_per_s)
        self._updated = now

    @property
    def tokens(self) -> float:
        self._refill()
        return self._tokens

    def allow(self, cost: float = 1.0) -> bool:
        self._refill()
        if self._tokens >= cost:
            self._tokens -= cost
            return True
        return False

    def wait_time_s(self, cost: float = 1.0) -> float:
        """How long until ``cost`` tokens are available (0 if now); useful for Retry-After."""
        self._refill()
        return max(0.0, (cost - self._tokens) / self.rate_per_s)


class SlidingWindowLog:
    def __init__(self, limit: int, window_s: float, clock: Clock = time.monotonic) -> None:
        if limit <= 0 or window_s <= 0:
            raise ValueError("limit and window_s must be positive")
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._log: deque[float] = deque()

    def allow(self) -> bool:
        now = self._clock()
        while self._log and self._log[0] <= now - self.window_s:
            self._log.popleft()
        if len(self._log) < self.limit:
            self._log.append(now)
            return True
        return False


class SlidingWindowCounter:
    def __init__(self, limit: int, window_s: float, clock: Clock = time.monotonic) -> None:
        if limit <= 0 or window_s <= 0:
            raise ValueError("limit and window_s must be positive")
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._window_start = self._align(clock())
        self._current = 0
        self._previous = 0

    def _align(self, now: float) -> float:
        return now - (now % self.window_s)

    def estimate(self) -> float:
        now = self._clock()
        start = self._align(now)
        if start != self._window_start:
            gap = round((start - self._window_start) / self.window_s)
            self._previous = self._current if gap == 1 else 0
            self._current = 0
            self._window_start = start
        overlap = 1.0 - (now - start) / self.window_s
        return self._current + self._previous * overlap

    def allow(self) -> bool:
        if self.estimate() + 1 <= self.limit:
            self._current += 1
            return True
        return False


_SLIDING_WINDOW_LUA = """
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) < limit then
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, window)
  return 1
end
return 0
"""


class RedisSlidingWindowLimiter:
    """At most ``limit`` requests per ``window_ms`` per key, shared through Redis."""

    def __init__(
        self,
        client: redis.Redis,
        limit: int,
        window_ms: int,
        *,
        prefix: str = "ratelimit",
        clock: Clock = time.time,
    ) -> None:
        if limit <= 0 or window_ms <= 0:
            raise ValueError("limit and window_ms must be positive")
        self._client = client
        self.limit = limit
        self.window_ms = window_ms
        self.prefix = prefix
        self._clock = clock
        self._script = client.register_script(_SLIDING_WINDOW_LUA)
        # Members must be unique even when two requests share a millisecond.
        self._instance = os.urandom(6).hex()
        self._counter = itertools.count()

    def allow(self, key: str) -> bool:
        now_ms = int(self._clock() * 1000)
        member = f"{now_ms}:{self._instance}:{next(self._counter)}"
        result = self._script(
            keys=[f"{self.prefix}:{key}"],
            args=[now_ms, self.window_ms, self.limit, member],
        )
        return int(result) == 1
