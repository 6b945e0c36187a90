"""Token buckets per key (a user, a client address), in memory and per process: submissions,
custom runs, registrations."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from tiku.service.errors import RateLimited

MAX_KEYS = 10_000


class RateLimiter:
    """``rate_per_min`` actions per ``period_s`` (a minute unless told) with bursts of the same
    size."""

    def __init__(
        self,
        rate_per_min: int,
        clock: Callable[[], float] = time.monotonic,
        *,
        period_s: float = 60.0,
        message: str = "too many requests: slow down",
    ) -> None:
        self.capacity = float(rate_per_min)
        self.refill_per_s = rate_per_min / period_s
        self.message = message
        self._clock = clock
        self._buckets: dict[object, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: object) -> None:
        """Take one token for ``key`` or raise ``RateLimited`` with the wait until the next."""
        with self._lock:
            tokens, now = self._level(key)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                raise RateLimited(self.message, (1.0 - tokens) / self.refill_per_s)
            self._buckets[key] = (tokens - 1.0, now)
            if len(self._buckets) > MAX_KEYS:
                self._forget_full(now)

    def check(self, key: object) -> None:
        """Raise ``RateLimited`` as ``hit`` would, without taking a token."""
        with self._lock:
            tokens, _now = self._level(key)
            if tokens < 1.0:
                raise RateLimited(self.message, (1.0 - tokens) / self.refill_per_s)

    def _level(self, key: object) -> tuple[float, float]:
        now = self._clock()
        tokens, last = self._buckets.get(key, (self.capacity, now))
        return min(self.capacity, tokens + (now - last) * self.refill_per_s), now

    def _forget_full(self, now: float) -> None:
        """Drop the buckets that have filled up again (a full bucket is what a new key gets), so
        that many keys (client addresses) cannot fill the memory."""
        full_after_s = self.capacity / self.refill_per_s
        for key, (_tokens, last) in list(self._buckets.items()):
            if now - last >= full_after_s:
                del self._buckets[key]
