"""Tests for tiku.concepts.leader_election against a real redis-server."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable

import pytest
import redis

from tiku.concepts.leader_election import LeaderElection

from ._support import FakeClock

pytestmark = pytest.mark.redis


def test_only_one_candidate_wins(redis_client: redis.Redis) -> None:
    candidates = [LeaderElection(redis_client, "svc", f"node-{i}") for i in range(5)]
    results = [c.campaign() for c in candidates]
    assert results == [True, False, False, False, False]
    assert candidates[0].term == 1
    assert candidates[0].current_leader() == ("node-0", 1)
    assert [c.is_leader() for c in candidates] == results


def test_failover_after_leader_stops_renewing(redis_client: redis.Redis) -> None:
    a = LeaderElection(redis_client, "svc", "a", lease_ms=150)
    b = LeaderElection(redis_client, "svc", "b", lease_ms=150)
    assert a.campaign()
    assert not b.campaign()
    time.sleep(0.25)  # a stalls: no renewal, the lease expires on the server
    assert not a.is_leader()  # a's own clock already says its lease is over
    assert b.campaign()
    assert b.term == 2
    # a wakes up and tries to renew: the key now holds b's value, so it fails and a steps down.
    assert not a.renew()
    assert a.term is None
    assert b.current_leader() == ("b", 2)
    a.resign()  # a stale resign must not remove b's lease
    assert b.current_leader() == ("b", 2)


def test_renewal_keeps_leadership(redis_client: redis.Redis) -> None:
    a = LeaderElection(redis_client, "svc", "a", lease_ms=200)
    b = LeaderElection(redis_client, "svc", "b", lease_ms=200)
    assert a.campaign()
    for _ in range(5):  # 400 ms, twice the lease
        time.sleep(0.08)
        assert a.campaign()  # a leader's campaign() renews
        assert not b.campaign()
    assert a.term == 1


def test_local_lease_ends_before_server_lease(redis_client: redis.Redis, clock: FakeClock) -> None:
    a = LeaderElection(redis_client, "svc", "a", lease_ms=10_000, clock_drift=0.1, clock=clock)
    assert a.campaign()
    clock.advance(8.9)
    assert a.is_leader()
    clock.advance(0.2)  # 9.1 s: inside the server's 10 s lease but past the safe 9 s
    assert not a.is_leader()
    assert a.current_leader() == ("a", 1)  # the server still has it; we stopped acting anyway


def test_resign_hands_over_immediately(redis_client: redis.Redis) -> None:
    a = LeaderElection(redis_client, "svc", "a")
    b = LeaderElection(redis_client, "svc", "b")
    assert a.campaign()
    a.resign()
    assert b.campaign()
    assert b.term == 2


def test_concurrent_candidates_never_share_a_term(
    redis_factory: Callable[[], redis.Redis],
) -> None:
    leaders_by_term: dict[int, set[str]] = defaultdict(set)
    record = threading.Lock()

    def candidate(name: str) -> None:
        client = redis_factory()
        election = LeaderElection(client, "busy", name, lease_ms=100)
        stop_at = time.monotonic() + 0.6
        renewals = 0
        while time.monotonic() < stop_at:
            if election.campaign():
                assert election.term is not None
                with record:
                    leaders_by_term[election.term].add(name)
                renewals += 1
                if renewals % 3 == 0:
                    election.resign()  # let someone else have a go
            time.sleep(0.01)
        election.resign()
        client.close()

    threads = [threading.Thread(target=candidate, args=(f"c{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(leaders_by_term) >= 3
    assert all(len(names) == 1 for names in leaders_by_term.values())
    assert sorted(leaders_by_term) == list(range(1, len(leaders_by_term) + 1))
