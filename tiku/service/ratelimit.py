"""Per-user token buckets for submissions and custom runs (in memory, per process)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from tiku.service.errors import RateLimited


class RateLimiter:
    """``rate_per_min`` actions a minute with bursts of the same size."""

    def __init__(self, rate_per_min: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(rate_per_min)
        self.refill_per_s = rate_per_min / 60.0
        self._clock = clock
        self._buckets: dict[object, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: object) -> None:
        """Take one token for ``key`` or raise ``RateLimited`` with the wait until the next."""
        with self._lock:
            now = self._clock()
            tokens, last = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.refill_per_s)
            if tokens < 1.0:
                self._buckets[key] = (tokens, now)
                raise RateLimited(
                    "too many requests: slow down", (1.0 - tokens) / self.refill_per_s
                )
            self._buckets[key] = (tokens - 1.0, now)
