"""Consistent hashing with virtual nodes, plus the two numbers that justify it.

Design: every node is placed on a 64-bit ring at ``vnodes`` pseudo-random points
(``hash(f"{node}#{i}")``). A key belongs to the first point clockwise from ``hash(key)``; the
sorted list of points is searched with ``bisect`` so a lookup is O(log(N·V)). Adding a node only
takes over the arcs in front of its own points, so about ``1/(N+1)`` of the keys move — and all of
them move *to the new node*; with ``hash(key) % N`` almost every key would move.

Why virtual nodes: with one point per node the arc lengths are very uneven (the largest arc of N
random points is about ``ln N / N`` of the ring), so one node may get several times its share.
With V points per node each node's share is a sum of V arcs and its relative spread shrinks like
``1/sqrt(V)``. ``balance`` measures it (max/mean load and standard deviation), ``moved_fraction``
measures the remapping cost; the tests pin both. Weights are just different vnode counts.

Trade-offs: memory and rebuild time grow with N·V; lookups are a binary search, not O(1) (jump
hash or maglev give O(1) and better balance but cannot name arbitrary nodes or remove from the
middle as cheaply). The hash must be stable across processes — never Python's ``hash()``, which
is salted per process — so this uses BLAKE2b.
"""

from __future__ import annotations

import bisect
import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = [
    "BalanceStats",
    "HashRing",
    "balance",
    "moved_fraction",
    "shares_max_over_mean",
    "stable_hash",
]


def stable_hash(value: str) -> int:
    """A 64-bit hash that is the same in every process and on every machine."""
    return int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "big")


class HashRing:
    """A consistent-hash ring of named nodes, each with ``vnodes`` points (or a per-node count)."""

    def __init__(self, nodes: Iterable[str] = (), vnodes: int = 160) -> None:
        if vnodes <= 0:
            raise ValueError("vnodes must be positive")
        self.vnodes = vnodes
        self._points: list[int] = []  # sorted ring positions
        self._owner: dict[int, str] = {}  # position -> node
        self._nodes: dict[str, int] = {}  # node -> number of vnodes
        for node in nodes:
            self.add_node(node)

    @property
    def nodes(self) -> list[str]:
        return sorted(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)

    def __contains__(self, node: object) -> bool:
        return node in self._nodes

    def copy(self) -> HashRing:
        clone = HashRing(vnodes=self.vnodes)
        clone._points = list(self._points)
        clone._owner = dict(self._owner)
        clone._nodes = dict(self._nodes)
        return clone

    def add_node(self, node: str, vnodes: int | None = None) -> None:
        """Add ``node``; a larger ``vnodes`` gives it a proportionally larger share (a weight)."""
        if node in self._nodes:
            raise ValueError(f"node {node!r} already on the ring")
        count = self.vnodes if vnodes is None else vnodes
        added = 0
        i = 0
        while added < count:
            point = stable_hash(f"{node}#{i}")
            i += 1
            if point in self._owner:  # 64-bit collision: astronomically rare, just skip it
                continue
            self._owner[point] = node
            bisect.insort(self._points, point)
            added += 1
        self._nodes[node] = count

    def remove_node(self, node: str) -> None:
        if node not in self._nodes:
            raise KeyError(node)
        del self._nodes[node]
        self._points = [p for p in self._points if self._owner[p] != node]
        self._owner = {p: n for p, n in self._owner.items() if n != node}

    def lookup(self, key: str) -> str:
        """The node that owns ``key``: the first ring point at or after ``hash(key)``."""
        if not self._points:
            raise LookupError("the ring has no nodes")
        i = bisect.bisect_left(self._points, stable_hash(key))
        if i == len(self._points):
            i = 0  # wrap around
        return self._owner[self._points[i]]

    def shares(self) -> dict[str, float]:
        """Exact fraction of the ring each node owns (the expected share of uniform keys)."""
        size = 1 << 64
        out = dict.fromkeys(self._nodes, 0.0)
        for i, point in enumerate(self._points):
            prev = self._points[i - 1] if i else self._points[-1] - size
            out[self._owner[point]] += (point - prev) / size
        return out

    def walk(self, key: str) -> Iterator[str]:
        """Distinct nodes in ring order starting at ``key``'s owner (for replicas / failover)."""
        if not self._points:
            return
        start = bisect.bisect_left(self._points, stable_hash(key))
        seen: set[str] = set()
        n = len(self._points)
        for step in range(n):
            node = self._owner[self._points[(start + step) % n]]
            if node not in seen:
                seen.add(node)
                yield node
                if len(seen) == len(self._nodes):
                    return


@dataclass(frozen=True)
class BalanceStats:
    loads: dict[str, int]
    mean: float
    max_over_mean: float
    stddev: float

    @property
    def relative_stddev(self) -> float:
        return self.stddev / self.mean if self.mean else 0.0


def balance(ring: HashRing, keys: Iterable[str]) -> BalanceStats:
    """How evenly ``keys`` spread over the ring's nodes (nodes with no key count as load 0)."""
    counts = Counter(ring.lookup(k) for k in keys)
    loads = {node: counts.get(node, 0) for node in ring.nodes}
    mean = sum(loads.values()) / len(loads)
    var = sum((x - mean) ** 2 for x in loads.values()) / len(loads)
    return BalanceStats(
        loads=loads,
        mean=mean,
        max_over_mean=max(loads.values()) / mean if mean else 0.0,
        stddev=math.sqrt(var),
    )


def moved_fraction(before: HashRing, after: HashRing, keys: Iterable[str]) -> float:
    """Fraction of ``keys`` whose owner differs between two rings."""
    total = moved = 0
    for key in keys:
        total += 1
        if before.lookup(key) != after.lookup(key):
            moved += 1
    return moved / total if total else 0.0


def shares_max_over_mean(ring: HashRing) -> float:
    """max/mean of the exact ring shares: the imbalance an infinite uniform key set would see."""
    values = list(ring.shares().values())
    return max(values) / (sum(values) / len(values))
