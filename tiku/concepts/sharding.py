"""A sharding router with online rebalancing: plan the moves, migrate, route during migration.

Placement uses consistent hashing (``consistent_hashing.HashRing``), so adding a shard to N
shards moves only ~1/(N+1) of the keys and every moved key goes to the new shard; removing a
shard moves only its own keys. (Hash-range sharding — contiguous ranges of the hash space, split
when they grow, as in Bigtable/TiKV — gives the same minimal moves plus cheap range splits, at the
price of a range directory to store and consult.)

Rebalancing is a three-step state machine:

1. ``begin_rebalance(new_ring)`` computes the *plan*: exactly the keys whose owner differs
   between the old and the new ring, each as ``Move(key, source, target)``. Nothing else moves.
2. ``migrate(batch)`` copies keys in batches, *copy-if-absent then delete from source*. Copy
   before delete means a crash between the two leaves a duplicate, never a loss; copy-if-absent
   means a value written to the target after migration started is never overwritten by the
   older value from the source.
3. ``finish()`` switches to the new ring once the plan is done.

While migrating, the router serves traffic on both rings: writes go to the *new* owner and remove
the key from the old owner (so the migrator has nothing stale to copy); reads try the new owner
and fall back to the old one (double read) for keys not moved yet; deletes hit both. A real
system does the same with a per-range "migrating/importing" state and redirects (Redis Cluster's
ASK, MongoDB's chunk migration with a final catch-up under a brief write lock).

The shards are in-memory dicts here so the routing logic stays visible; a shard could as well be
a database connection. Single-threaded: the caller serializes operations (one router process).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tiku.concepts.consistent_hashing import HashRing

__all__ = ["Move", "ShardRouter"]


@dataclass(frozen=True)
class Move:
    key: str
    source: str
    target: str


class ShardRouter:
    def __init__(self, shards: Iterable[str], vnodes: int = 100) -> None:
        self.ring = HashRing(shards, vnodes=vnodes)
        self.stores: dict[str, dict[str, str]] = {name: {} for name in self.ring.nodes}
        self._new_ring: HashRing | None = None
        self._pending: list[Move] = []
        self.moved = 0

    @property
    def migrating(self) -> bool:
        return self._new_ring is not None

    def owner(self, key: str) -> str:
        return (self._new_ring or self.ring).lookup(key)

    # -- data path ------------------------------------------------------------------------
    def put(self, key: str, value: str) -> None:
        target = self.owner(key)
        self.stores[target][key] = value
        if self._new_ring is not None:
            old = self.ring.lookup(key)
            if old != target:
                self.stores[old].pop(key, None)

    def get(self, key: str) -> str | None:
        target = self.owner(key)
        value = self.stores[target].get(key)
        if value is None and self._new_ring is not None:
            old = self.ring.lookup(key)
            if old != target:
                value = self.stores[old].get(key)  # not migrated yet: double read
        return value

    def delete(self, key: str) -> None:
        self.stores[self.owner(key)].pop(key, None)
        if self._new_ring is not None:
            self.stores[self.ring.lookup(key)].pop(key, None)

    # -- rebalancing ----------------------------------------------------------------------
    def plan(self, new_ring: HashRing) -> list[Move]:
        """The minimal set of moves: keys whose owner differs between the two rings."""
        moves = []
        for shard, store in sorted(self.stores.items()):
            for key in sorted(store):
                target = new_ring.lookup(key)
                if target != shard:
                    moves.append(Move(key, shard, target))
        return moves

    def begin_rebalance(self, new_ring: HashRing) -> list[Move]:
        if self._new_ring is not None:
            raise RuntimeError("a rebalance is already in progress")
        for name in new_ring.nodes:
            self.stores.setdefault(name, {})
        self._pending = self.plan(new_ring)
        self._new_ring = new_ring
        return list(self._pending)

    def begin_add_shard(self, name: str) -> list[Move]:
        ring = self.ring.copy()
        ring.add_node(name)
        return self.begin_rebalance(ring)

    def begin_remove_shard(self, name: str) -> list[Move]:
        ring = self.ring.copy()
        ring.remove_node(name)
        return self.begin_rebalance(ring)

    def migrate(self, batch_size: int = 100) -> int:
        """Move up to ``batch_size`` planned keys; return how many remain."""
        batch, self._pending = self._pending[:batch_size], self._pending[batch_size:]
        for move in batch:
            source = self.stores[move.source]
            if move.key not in source:
                continue  # rewritten on the target or deleted since planning
            target = self.stores[move.target]
            if move.key not in target:
                target[move.key] = source[move.key]  # 1. copy (if absent)
                self.moved += 1
            del source[move.key]  # 2. then delete
        return len(self._pending)

    def finish(self) -> None:
        if self._new_ring is None:
            raise RuntimeError("no rebalance in progress")
        if self._pending:
            raise RuntimeError(f"{len(self._pending)} moves still pending")
        self.ring = self._new_ring
        self._new_ring = None
        for name in [n for n in self.stores if n not in self.ring]:
            if self.stores[name]:
                raise RuntimeError(f"removed shard {name} still holds keys")
            del self.stores[name]

    def rebalance_fully(self, new_ring: HashRing, batch_size: int = 500) -> list[Move]:
        plan = self.begin_rebalance(new_ring)
        while self.migrate(batch_size):
            pass
        self.finish()
        return plan

    def key_count(self) -> int:
        return sum(len(s) for s in self.stores.values())
