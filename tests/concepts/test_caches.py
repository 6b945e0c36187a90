"""Tests for tiku.concepts.caches: behaviour, and randomized comparison with naive models."""

from __future__ import annotations

import random

import pytest

from tiku.concepts.caches import LFUCache, LRUCache, TTLCache

from ._support import FakeClock


def test_lru_evicts_least_recently_used() -> None:
    cache: LRUCache[str, int] = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # a is now most recent
    assert cache.put("c", 3) == "b"
    assert cache.get("b") is None
    assert cache.keys_by_recency() == ["c", "a"]


def test_lru_update_refreshes_recency_without_growing() -> None:
    cache: LRUCache[str, int] = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.put("a", 10) is None
    assert len(cache) == 2
    assert cache.put("c", 3) == "b"
    assert cache.get("a") == 10


def test_lfu_evicts_least_frequent_with_lru_tie_break() -> None:
    cache: LFUCache[str, int] = LFUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.get("a")
    cache.get("b")
    # a: freq 3, b: freq 2 -> b is evicted although it was used more recently than a.
    assert cache.put("c", 3) == "b"
    # c is the only key with the minimum frequency (1), so inserting d evicts it.
    assert cache.put("d", 4) == "c"
    cache.get("d")  # d: freq 2
    assert cache.put("e", 5) == "d"
    assert "a" in cache and "e" in cache


def test_lfu_tie_break_is_least_recent() -> None:
    cache: LFUCache[str, int] = LFUCache(3)
    for key in ("x", "y", "z"):
        cache.put(key, 0)
    cache.get("x")
    cache.get("y")  # x and y both freq 2, z freq 1
    cache.get("z")  # now all freq 2, least recently used among them is x
    assert cache.put("w", 1) == "x"


@pytest.mark.parametrize("capacity", [1, 3, 8])
def test_lru_matches_naive_model(capacity: int) -> None:
    rng = random.Random(capacity)
    cache: LRUCache[int, int] = LRUCache(capacity)
    model: list[tuple[int, int]] = []  # most recent last
    for step in range(3000):
        key = rng.randrange(12)
        if rng.random() < 0.5:
            got = cache.get(key)
            hit = [kv for kv in model if kv[0] == key]
            if hit:
                model.remove(hit[0])
                model.append(hit[0])
                assert got == hit[0][1]
            else:
                assert got is None
        else:
            model = [kv for kv in model if kv[0] != key]
            model.append((key, step))
            if len(model) > capacity:
                model.pop(0)
            cache.put(key, step)
        assert cache.keys_by_recency() == [k for k, _ in reversed(model)]


@pytest.mark.parametrize("capacity", [1, 3, 8])
def test_lfu_matches_naive_model(capacity: int) -> None:
    rng = random.Random(100 + capacity)
    cache: LFUCache[int, int] = LFUCache(capacity)
    values: dict[int, int] = {}
    freq: dict[int, int] = {}
    last_use: dict[int, int] = {}
    for step in range(3000):
        key = rng.randrange(12)
        if rng.random() < 0.5:
            got = cache.get(key)
            assert got == values.get(key)
            if key in values:
                freq[key] += 1
                last_use[key] = step
        else:
            expected_victim = None
            if key in values:
                freq[key] += 1
            else:
                if len(values) >= capacity:
                    expected_victim = min(values, key=lambda k: (freq[k], last_use[k]))
                    del values[expected_victim], freq[expected_victim], last_use[expected_victim]
                freq[key] = 1
            values[key] = step
            last_use[key] = step
            assert cache.put(key, step) == expected_victim
        assert len(cache) == len(values)


def test_ttl_lazy_expiry(clock: FakeClock) -> None:
    cache: TTLCache[str, str] = TTLCache(10.0, clock=clock)
    cache.set("k", "v")
    clock.advance(9.999)
    assert cache.get("k") == "v"
    clock.advance(0.001)
    assert cache.get("k") is None
    assert len(cache) == 0


def test_ttl_rewrite_extends_deadline(clock: FakeClock) -> None:
    cache: TTLCache[str, str] = TTLCache(10.0, clock=clock)
    cache.set("k", "old")
    clock.advance(8)
    cache.set("k", "new")
    clock.advance(8)
    assert cache.purge_expired() == 0  # the first deadline is stale and must not delete "new"
    assert cache.get("k") == "new"
    assert cache.ttl("k") == pytest.approx(2.0)


def test_ttl_active_expiry_reclaims_unread_keys(clock: FakeClock) -> None:
    cache: TTLCache[int, int] = TTLCache(5.0, clock=clock)
    for i in range(100):
        cache.set(i, i, ttl_s=1.0 + i % 10)
    clock.advance(5.5)  # ttls 1..5 expired: 50 keys
    assert cache.purge_expired(max_items=20) == 20
    assert cache.purge_expired() == 30
    assert len(cache) == 50
    assert all(cache.get(i) == i for i in range(100) if 1.0 + i % 10 > 5.5)


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError):
        LRUCache[int, int](0)
    with pytest.raises(ValueError):
        LFUCache[int, int](0)
    with pytest.raises(ValueError):
        TTLCache[int, int](0)
