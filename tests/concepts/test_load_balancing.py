"""Tests for tiku.concepts.load_balancing: strategies, health hysteresis, skipping down backends."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from tiku.concepts.load_balancing import (
    Backend,
    ConsistentHashBalancer,
    HealthChecker,
    LeastConnections,
    NoHealthyBackendError,
    PowerOfTwoChoices,
    RoundRobin,
    SmoothWeightedRoundRobin,
)

from ._support import FakeClock

A, B, C = Backend("a"), Backend("b"), Backend("c")


class ScriptedProbe:
    """A probe whose answers the test sets per backend; counts calls."""

    def __init__(self) -> None:
        self.up: dict[str, bool] = {}
        self.calls = 0

    def __call__(self, backend: Backend) -> bool:
        self.calls += 1
        return self.up.get(backend.name, True)


def test_round_robin_cycles() -> None:
    rr = RoundRobin([A, B, C])
    assert [rr.pick().name for _ in range(7)] == list("abcabca")


def test_smooth_weighted_round_robin_matches_nginx_sequence() -> None:
    wrr = SmoothWeightedRoundRobin([Backend("a", 5), Backend("b", 1), Backend("c", 1)])
    assert "".join(wrr.pick().name for _ in range(7)) == "aabacaa"
    counts = Counter(wrr.pick().name for _ in range(700))
    assert counts == {"a": 500, "b": 100, "c": 100}


def test_least_connections_prefers_idle_backend() -> None:
    lc = LeastConnections([A, B])
    first = lc.pick()
    second = lc.pick()
    assert {first, second} == {A, B}
    lc.release(A)
    assert lc.pick() == A  # a is idle again, b still busy
    lc.release(B)
    with pytest.raises(ValueError):
        lc.release(B)  # more releases than picks is a caller bug


def test_power_of_two_choices_spreads_long_requests() -> None:
    backends = [Backend(f"s{i}") for i in range(10)]
    p2c = PowerOfTwoChoices(backends, rng=random.Random(7))
    for _ in range(1000):  # requests that never finish: pure accumulation
        p2c.pick()
    loads = sorted(p2c.active.values())
    assert sum(loads) == 1000
    rng = random.Random(7)
    random_loads = sorted(Counter(rng.randrange(10) for _ in range(1000)).values())
    # Two choices keep the spread to a handful; one random choice spreads by tens.
    assert loads[-1] - loads[0] <= 8 < random_loads[-1] - random_loads[0]


def test_health_checker_hysteresis(clock: FakeClock) -> None:
    probe = ScriptedProbe()
    hc = HealthChecker([A, B], probe, fall=3, rise=2, interval_s=5, clock=clock)
    probe.up["a"] = False
    for _ in range(2):
        hc.run_checks()
    assert hc.is_healthy(A)  # two failures < fall
    hc.run_checks()
    assert not hc.is_healthy(A)
    assert hc.is_healthy(B)
    probe.up["a"] = True
    hc.run_checks()
    assert not hc.is_healthy(A)  # one success < rise
    probe.up["a"] = False
    hc.run_checks()  # the failure resets the success streak
    probe.up["a"] = True
    hc.run_checks()
    assert not hc.is_healthy(A)
    hc.run_checks()
    assert hc.is_healthy(A)


def test_health_checker_tick_respects_interval_and_probe_errors(clock: FakeClock) -> None:
    def broken(_: Backend) -> bool:
        raise ConnectionError("refused")

    hc = HealthChecker([A], broken, fall=1, rise=1, interval_s=5, clock=clock)
    assert hc.tick()
    assert not hc.is_healthy(A)  # an exception counts as a failure
    clock.advance(4.9)
    assert not hc.tick()
    clock.advance(0.1)
    assert hc.tick()


@pytest.mark.parametrize(
    "make",
    [
        lambda bs, hc: RoundRobin(bs, hc),
        lambda bs, hc: SmoothWeightedRoundRobin(bs, hc),
        lambda bs, hc: LeastConnections(bs, hc),
        lambda bs, hc: PowerOfTwoChoices(bs, hc, rng=random.Random(1)),
        lambda bs, hc: ConsistentHashBalancer(bs, hc),
    ],
)
def test_every_balancer_skips_unhealthy_backends(make, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    probe = ScriptedProbe()
    hc = HealthChecker([A, B, C], probe, fall=1, rise=1, clock=clock)
    balancer = make([A, B, C], hc)
    probe.up["b"] = False
    hc.run_checks()
    picked = {balancer.pick(f"key-{i}").name for i in range(60)}
    assert picked == {"a", "c"}
    probe.up["a"] = probe.up["c"] = False
    hc.run_checks()
    with pytest.raises(NoHealthyBackendError):
        balancer.pick("key")


def test_consistent_hash_failover_moves_only_the_down_nodes_keys(clock: FakeClock) -> None:
    probe = ScriptedProbe()
    backends = [Backend(f"s{i}") for i in range(5)]
    hc = HealthChecker(backends, probe, fall=1, rise=1, clock=clock)
    chb = ConsistentHashBalancer(backends, hc)
    keys = [f"session-{i}" for i in range(2000)]
    before = {k: chb.pick(k).name for k in keys}
    probe.up["s2"] = False
    hc.run_checks()
    after = {k: chb.pick(k).name for k in keys}
    for k in keys:
        if before[k] != "s2":
            assert after[k] == before[k]
        else:
            assert after[k] != "s2"
    probe.up["s2"] = True
    hc.run_checks()
    assert {k: chb.pick(k).name for k in keys} == before  # sticky again after recovery
