"""In-process caches: LRU, LFU and TTL, all O(1) (amortised O(log n) for TTL's active expiry).

Definitions (the seed material swaps the first two):

* **LRU — least *recently* used.** On overflow evict the entry whose last access is the oldest.
  It only tracks *when* a key was touched. Implemented here with a dict from key to node plus a
  hand-made doubly linked list kept in recency order: a hit unlinks the node and relinks it at
  the head, eviction drops the tail; every step is O(1). ``collections.OrderedDict`` gives the
  same structure (``move_to_end`` / ``popitem(last=False)``); the explicit list is written out
  because that is what interviewers ask for, and because the seed's Go version (a slice it
  scans and re-slices) is O(n) per operation and does not even keep recency order.
* **LFU — least *frequently* used.** On overflow evict the entry with the smallest access count;
  among equal counts evict the least recently used one. O(1) via frequency buckets: ``freq ->
  OrderedDict of keys`` (insertion order = recency inside the bucket) and the current minimum
  frequency. A hit moves the key from bucket ``f`` to ``f + 1``; a new key always starts at
  frequency 1, so ``min_freq`` resets to 1 on insert and only ever grows by one on a hit.
* **TTL** — entries expire a fixed time after they were written. Expiry is *lazy* (a ``get`` of
  an expired key deletes it and misses) plus *active* (``purge_expired`` pops a min-heap of
  deadlines so memory is reclaimed for keys nobody reads again). Redis does the same split, but
  its active cycle samples random keys instead of keeping a heap: that costs no memory per key
  and tolerates a bounded fraction of expired garbage. The clock is injected so tests are exact.

Trade-offs: LRU is cheap and adapts fast but a single scan of cold keys flushes it; LFU resists
scans but keeps stale "once popular" keys (real systems age counts, e.g. Redis' decaying LFU
counter, or use W-TinyLFU). None of these classes is thread-safe; wrap calls in a lock if shared.
"""

from __future__ import annotations

import heapq
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

Clock = Callable[[], float]

__all__ = ["LFUCache", "LRUCache", "TTLCache"]


class _Node(Generic[K, V]):
    __slots__ = ("key", "next", "prev", "value")

    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value
        self.prev: _Node[K, V] | None = None
        self.next: _Node[K, V] | None = None


class LRUCache(Generic[K, V]):
    """Least-recently-used cache: dict + doubly linked list, O(1) ``get`` and ``put``."""

    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._map: dict[K, _Node[K, V]] = {}
        # Sentinels (key/value never set or read) remove every "is the list empty?" branch:
        # head.next is the most recent entry, tail.prev the least recent.
        self._head: _Node[K, V] = _Node.__new__(_Node)
        self._tail: _Node[K, V] = _Node.__new__(_Node)
        self._head.prev = None
        self._head.next = self._tail
        self._tail.prev = self._head
        self._tail.next = None

    def __len__(self) -> int:
        return len(self._map)

    def __contains__(self, key: object) -> bool:
        return key in self._map

    def _unlink(self, node: _Node[K, V]) -> None:
        assert node.prev is not None and node.next is not None
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node: _Node[K, V]) -> None:
        first = self._head.next
        assert first is not None
        node.prev = self._head
        node.next = first
        first.prev = node
        self._head.next = node

    def get(self, key: K, default: V | None = None) -> V | None:
        node = self._map.get(key)
        if node is None:
            return default
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key: K, value: V) -> K | None:
        """Insert or update ``key``; return the evicted key, if any."""
        node = self._map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        evicted: K | None = None
        if len(self._map) >= self.capacity:
            victim = self._tail.prev
            assert victim is not None and victim is not self._head
            self._unlink(victim)
            del self._map[victim.key]
            evicted = victim.key
        node = _Node(key, value)
        self._map[key] = node
        self._push_front(node)
        return evicted

    def keys_by_recency(self) -> list[K]:
        """Keys from most to least recently used (for tests and debugging)."""
        out: list[K] = []
        node = self._head.next
        while node is not None and node is not self._tail:
            out.append(node.key)
            node = node.next
        return out


class LFUCache(Generic[K, V]):
    """Least-frequently-used cache with LRU tie-break; O(1) via frequency buckets."""

    def __init__(self, capacity: int) -> None:
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._values: dict[K, V] = {}
        self._freq: dict[K, int] = {}
        self._buckets: dict[int, OrderedDict[K, None]] = {}
        self._min_freq = 0

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def frequency(self, key: K) -> int:
        return self._freq.get(key, 0)

    def _touch(self, key: K) -> None:
        f = self._freq[key]
        bucket = self._buckets[f]
        del bucket[key]
        if not bucket:
            del self._buckets[f]
            if self._min_freq == f:
                self._min_freq = f + 1
        self._freq[key] = f + 1
        self._buckets.setdefault(f + 1, OrderedDict())[key] = None

    def get(self, key: K, default: V | None = None) -> V | None:
        if key not in self._values:
            return default
        self._touch(key)
        return self._values[key]

    def put(self, key: K, value: V) -> K | None:
        """Insert or update ``key``; return the evicted key, if any."""
        if key in self._values:
            self._values[key] = value
            self._touch(key)
            return None
        evicted: K | None = None
        if len(self._values) >= self.capacity:
            bucket = self._buckets[self._min_freq]
            evicted, _ = bucket.popitem(last=False)  # oldest among the least frequent
            if not bucket:
                del self._buckets[self._min_freq]
            del self._values[evicted]
            del self._freq[evicted]
        self._values[key] = value
        self._freq[key] = 1
        self._buckets.setdefault(1, OrderedDict())[key] = None
        self._min_freq = 1
        return evicted


@dataclass
class _TTLEntry(Generic[V]):
    value: V
    expires_at: float
    generation: int = field(default=0)


class TTLCache(Generic[K, V]):
    """Key/value store whose entries expire ``ttl_s`` seconds after being written."""

    def __init__(self, default_ttl_s: float, clock: Clock = time.monotonic) -> None:
        if default_ttl_s <= 0:
            raise ValueError("default_ttl_s must be positive")
        self.default_ttl_s = default_ttl_s
        self._clock = clock
        self._entries: dict[K, _TTLEntry[V]] = {}
        # (deadline, generation, key); stale heap items (key rewritten) are skipped on pop.
        self._heap: list[tuple[float, int, K]] = []
        self._generation = 0

    def __len__(self) -> int:
        """Number of stored entries, possibly including expired ones not yet purged."""
        return len(self._entries)

    def set(self, key: K, value: V, ttl_s: float | None = None) -> None:
        ttl = self.default_ttl_s if ttl_s is None else ttl_s
        if ttl <= 0:
            raise ValueError("ttl_s must be positive")
        self._generation += 1
        deadline = self._clock() + ttl
        self._entries[key] = _TTLEntry(value, deadline, self._generation)
        heapq.heappush(self._heap, (deadline, self._generation, key))

    def get(self, key: K, default: V | None = None) -> V | None:
        entry = self._entries.get(key)
        if entry is None:
            return default
        if entry.expires_at <= self._clock():  # lazy expiry
            del self._entries[key]
            return default
        return entry.value

    def ttl(self, key: K) -> float | None:
        """Seconds left for ``key``, or None if absent or expired."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        left = entry.expires_at - self._clock()
        return left if left > 0 else None

    def delete(self, key: K) -> bool:
        return self._entries.pop(key, None) is not None

    def purge_expired(self, max_items: int | None = None) -> int:
        """Active expiry: drop entries whose deadline has passed; return how many were dropped.

        ``max_items`` bounds the work per call (as Redis bounds its expire cycle) so a burst of
        expiries cannot stall the caller.
        """
        now = self._clock()
        removed = 0
        budget = max_items if max_items is not None else len(self._heap)
        while self._heap and budget > 0 and self._heap[0][0] <= now:
            _, generation, key = heapq.heappop(self._heap)
            budget -= 1
            entry = self._entries.get(key)
            if entry is not None and entry.generation == generation:
                del self._entries[key]
                removed += 1
        return removed
