"""Load-balancing strategies and an active health checker.

Strategies (all skip backends the health checker has marked down):

* ``RoundRobin`` — next healthy backend in a fixed cycle. Simple, stateless per request; ignores
  both capacity and current load.
* ``SmoothWeightedRoundRobin`` — nginx's algorithm: every pick adds each backend's weight to its
  ``current`` score, chooses the highest score and subtracts the total weight from it. Weights
  5/1/1 give ``a a b a c a a``: proportional *and* interleaved, unlike the naive "a×5, b, c"
  that sends bursts to one backend.
* ``LeastConnections`` — the backend with the fewest in-flight requests (ties by weight-adjusted
  load, then name). Adapts to slow requests, but needs the caller to ``release`` and needs a
  shared view of counts when there are many balancers.
* ``PowerOfTwoChoices`` — sample two healthy backends at random, take the less loaded one.
  Nearly as good as least-connections, O(1), and avoids the herd where many balancers with
  stale counts all pick the same "least loaded" backend.
* ``ConsistentHashBalancer`` — sticky routing by key (session, user, cache shard) on a
  ``HashRing``; when the owner is down, the key goes to the next healthy node on the ring, and
  only that node's keys move.

``HealthChecker`` is active checking with hysteresis: a backend goes down after ``fall``
consecutive failed probes and comes back after ``rise`` consecutive successes, so one lost packet
does not flap it. The probe and the clock are injected; production code passes an HTTP/TCP probe.
Passive checking (counting real request errors) complements it and can reuse ``record``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tiku.concepts.consistent_hashing import HashRing

__all__ = [
    "Backend",
    "Balancer",
    "ConsistentHashBalancer",
    "HealthChecker",
    "LeastConnections",
    "NoHealthyBackendError",
    "PowerOfTwoChoices",
    "RoundRobin",
    "SmoothWeightedRoundRobin",
]

Clock = Callable[[], float]


class NoHealthyBackendError(RuntimeError):
    """Every backend is marked down."""


@dataclass(frozen=True)
class Backend:
    name: str
    weight: int = 1


class HealthChecker:
    """Marks backends down after ``fall`` consecutive failures, up after ``rise`` successes."""

    def __init__(
        self,
        backends: Iterable[Backend],
        probe: Callable[[Backend], bool],
        *,
        fall: int = 3,
        rise: int = 2,
        interval_s: float = 5.0,
        clock: Clock = time.monotonic,
    ) -> None:
        if fall < 1 or rise < 1:
            raise ValueError("fall and rise must be >= 1")
        self._backends = {b.name: b for b in backends}
        self._probe = probe
        self.fall = fall
        self.rise = rise
        self.interval_s = interval_s
        self._clock = clock
        self._healthy = dict.fromkeys(self._backends, True)  # optimistic start
        self._streak = dict.fromkeys(self._backends, 0)  # >0 successes, <0 failures
        self._last_run: float | None = None

    def is_healthy(self, backend: Backend) -> bool:
        return self._healthy.get(backend.name, False)

    def record(self, backend: Backend, ok: bool) -> None:
        """Feed one probe (or real request) outcome through the hysteresis."""
        name = backend.name
        streak = self._streak[name]
        streak = max(streak, 0) + 1 if ok else min(streak, 0) - 1
        self._streak[name] = streak
        if self._healthy[name] and streak <= -self.fall:
            self._healthy[name] = False
        elif not self._healthy[name] and streak >= self.rise:
            self._healthy[name] = True

    def run_checks(self) -> None:
        """Probe every backend once; a probe that raises counts as a failure."""
        self._last_run = self._clock()
        for backend in self._backends.values():
            try:
                ok = bool(self._probe(backend))
            except Exception:
                ok = False
            self.record(backend, ok)

    def tick(self) -> bool:
        """Run the checks if ``interval_s`` has passed since the last run; return whether it ran."""
        now = self._clock()
        if self._last_run is not None and now - self._last_run < self.interval_s:
            return False
        self.run_checks()
        return True


def _always_healthy(_: Backend) -> bool:
    return True


class Balancer(Protocol):
    def pick(self, key: str | None = None) -> Backend: ...


class _Base:
    def __init__(self, backends: Sequence[Backend], health: HealthChecker | None = None) -> None:
        if not backends:
            raise ValueError("at least one backend is required")
        self.backends = list(backends)
        self._is_healthy = health.is_healthy if health is not None else _always_healthy

    def healthy(self) -> list[Backend]:
        up = [b for b in self.backends if self._is_healthy(b)]
        if not up:
            raise NoHealthyBackendError("no healthy backend")
        return up


class RoundRobin(_Base):
    def __init__(self, backends: Sequence[Backend], health: HealthChecker | None = None) -> None:
        super().__init__(backends, health)
        self._next = 0

    def pick(self, key: str | None = None) -> Backend:
        n = len(self.backends)
        for _ in range(n):
            backend = self.backends[self._next % n]
            self._next = (self._next + 1) % n
            if self._is_healthy(backend):
                return backend
        raise NoHealthyBackendError("no healthy backend")


class SmoothWeightedRoundRobin(_Base):
    def __init__(self, backends: Sequence[Backend], health: HealthChecker | None = None) -> None:
        super().__init__(backends, health)
        if any(b.weight <= 0 for b in backends):
            raise ValueError("weights must be positive")
        self._current = {b.name: 0 for b in backends}

    def pick(self, key: str | None = None) -> Backend:
        up = self.healthy()
        total = 0
        best: Backend | None = None
        for backend in up:
            self._current[backend.name] += backend.weight
            total += backend.weight
            if best is None or self._current[backend.name] > self._current[best.name]:
                best = backend
        assert best is not None
        self._current[best.name] -= total
        return best


class LeastConnections(_Base):
    """Call ``release(backend)`` when the request finishes."""

    def __init__(self, backends: Sequence[Backend], health: HealthChecker | None = None) -> None:
        super().__init__(backends, health)
        self.active = {b.name: 0 for b in backends}

    def pick(self, key: str | None = None) -> Backend:
        chosen = min(self.healthy(), key=lambda b: (self.active[b.name] / b.weight, b.name))
        self.active[chosen.name] += 1
        return chosen

    def release(self, backend: Backend) -> None:
        if self.active[backend.name] <= 0:
            raise ValueError(f"{backend.name} has no active connection to release")
        self.active[backend.name] -= 1


class PowerOfTwoChoices(LeastConnections):
    def __init__(
        self,
        backends: Sequence[Backend],
        health: HealthChecker | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(backends, health)
        self._rng = rng if rng is not None else random.Random()

    def pick(self, key: str | None = None) -> Backend:
        up = self.healthy()
        if len(up) == 1:
            chosen = up[0]
        else:
            a, b = self._rng.sample(up, 2)
            chosen = a if self.active[a.name] / a.weight <= self.active[b.name] / b.weight else b
        self.active[chosen.name] += 1
        return chosen


class ConsistentHashBalancer(_Base):
    def __init__(
        self,
        backends: Sequence[Backend],
        health: HealthChecker | None = None,
        vnodes_per_weight: int = 100,
    ) -> None:
        super().__init__(backends, health)
        self._by_name = {b.name: b for b in backends}
        self._ring = HashRing(vnodes=vnodes_per_weight)
        for b in backends:
            self._ring.add_node(b.name, vnodes=vnodes_per_weight * b.weight)

    def pick(self, key: str | None = None) -> Backend:
        if key is None:
            raise ValueError("ConsistentHashBalancer needs a key")
        for name in self._ring.walk(key):
            backend = self._by_name[name]
            if self._is_healthy(backend):
                return backend
        raise NoHealthyBackendError("no healthy backend")
