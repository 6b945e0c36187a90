"""Tests for tiku.concepts.consistent_hashing: balance with virtual nodes and minimal remapping."""

from __future__ import annotations

import statistics

import pytest

from tiku.concepts.consistent_hashing import (
    HashRing,
    balance,
    moved_fraction,
    shares_max_over_mean,
    stable_hash,
)

KEYS = [f"user:{i}" for i in range(100_000)]
NODES = [f"node-{i}" for i in range(10)]


def test_stable_hash_is_process_independent() -> None:
    # A fixed value: Python's salted hash() would differ between runs.
    assert stable_hash("tiku") == 0x33C68945F36B8661


def test_virtual_nodes_balance_100k_keys() -> None:
    one = balance(HashRing(NODES, vnodes=1), KEYS)
    many = balance(HashRing(NODES, vnodes=200), KEYS)
    assert sum(many.loads.values()) == len(KEYS)
    assert one.max_over_mean > 2.0  # one point per node: some node gets >2x its share
    # ~1/sqrt(200) = 7% spread per node; the max of 10 nodes lands a few sigma above the mean.
    assert many.max_over_mean < 1.25
    assert one.relative_stddev > 0.5
    assert many.relative_stddev < 0.12


def test_typical_balance_with_200_vnodes_is_within_15_percent() -> None:
    """Over many clusters (different node names) the median max/mean is below 1.15."""
    ratios = {
        vnodes: [
            shares_max_over_mean(HashRing([f"c{c}-n{i}" for i in range(10)], vnodes=vnodes))
            for c in range(20)
        ]
        for vnodes in (1, 20, 200)
    }
    medians = {v: statistics.median(r) for v, r in ratios.items()}
    assert medians[1] > medians[20] > medians[200]
    assert medians[200] < 1.15


def test_adding_a_node_moves_about_one_eleventh_of_keys_all_to_the_new_node() -> None:
    before = HashRing(NODES, vnodes=200)
    after = before.copy()
    after.add_node("node-10")
    fraction = moved_fraction(before, after, KEYS)
    assert 0.05 < fraction < 0.15  # ideal 1/11 = 0.091
    for key in KEYS[:20_000]:
        if before.lookup(key) != after.lookup(key):
            assert after.lookup(key) == "node-10"


def test_removing_a_node_moves_only_its_keys() -> None:
    before = HashRing(NODES, vnodes=50)
    after = before.copy()
    after.remove_node("node-3")
    for key in KEYS[:20_000]:
        old = before.lookup(key)
        if old != "node-3":
            assert after.lookup(key) == old
        else:
            assert after.lookup(key) != "node-3"


def test_modulo_hashing_would_move_almost_everything() -> None:
    # The baseline consistent hashing is compared against.
    moved = sum(1 for k in KEYS[:20_000] if stable_hash(k) % 10 != stable_hash(k) % 11)
    assert moved / 20_000 > 0.85


def test_walk_yields_each_node_once_starting_at_owner() -> None:
    ring = HashRing(NODES, vnodes=20)
    order = list(ring.walk("some-key"))
    assert order[0] == ring.lookup("some-key")
    assert sorted(order) == sorted(NODES)


def test_weights_via_vnode_counts() -> None:
    ring = HashRing(vnodes=100)
    ring.add_node("small")
    ring.add_node("big", vnodes=300)
    shares = ring.shares()
    assert shares["big"] == pytest.approx(0.75, abs=0.08)
    assert sum(shares.values()) == pytest.approx(1.0)


def test_empty_ring_and_duplicates() -> None:
    ring = HashRing()
    with pytest.raises(LookupError):
        ring.lookup("k")
    ring.add_node("a")
    with pytest.raises(ValueError):
        ring.add_node("a")
    with pytest.raises(KeyError):
        ring.remove_node("b")
