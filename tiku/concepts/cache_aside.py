"""Cache-aside over SQLite with a Redis cache, made race-free with versions.

Cache-aside: reads go to the cache, and on a miss read the database and fill the cache; writes
go to the database and then invalidate the cache. The textbook version (``NaiveCacheAside``) has
a race that leaves a stale value in the cache until its TTL runs out::

    reader: cache miss
    reader: SELECT -> "old"              (version 1)
    writer:          UPDATE -> "new"     (version 2)
    writer:          DEL cache
    reader: SET cache "old"              <- stale, and nothing will correct it

Reordering the writer (delete first, then update) does not help: the reader can then fill the
cache between the two steps. "Delayed double delete" only narrows the window.

``VersionedCacheAside`` closes it. Every row carries a version that the database increments in
the same statement as the update (``... SET version = version + 1 RETURNING version``). Cache
entries store the version next to the value, and *every* cache write is a Lua script that
compares versions on the Redis server, atomically:

* the reader's fill is "set if newer": it is refused when the cache already holds a higher
  version (or the same version as a real value);
* the writer does not delete the key but replaces it with a *tombstone* carrying the new version,
  so a slower reader holding an older row cannot put it back, while a reader holding the new
  row may replace the tombstone with the value.

Tombstones and values expire (``ttl_ms``), which bounds memory and also bounds staleness if
anything else goes wrong (e.g. a reader delayed for longer than the tombstone's life). Writers
racing each other are ordered by the database; their cache writes are ordered by version.

Trade-offs: one extra column and a script round trip per write; the cache is still only
eventually consistent with the database (a read right after a write may miss and hit the DB).
Deletions are modelled as writes of a tombstone value in the DB (a row with ``value = NULL``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import redis

__all__ = ["NaiveCacheAside", "Row", "SqliteStore", "VersionedCacheAside"]

Hook = Callable[[], None]


def _no_hook() -> None:
    return None


def _text(raw: bytes | str) -> str:
    return raw.decode() if isinstance(raw, bytes) else raw


@dataclass(frozen=True)
class Row:
    value: str | None
    version: int


class SqliteStore:
    """The system of record: a SQLite file with a version per row."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)  # autocommit per statement
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS items ("
            " key TEXT PRIMARY KEY, value TEXT, version INTEGER NOT NULL)"
        )

    def read(self, key: str) -> Row | None:
        found = self._db.execute(
            "SELECT value, version FROM items WHERE key = ?", (key,)
        ).fetchone()
        return None if found is None else Row(found[0], int(found[1]))

    def write(self, key: str, value: str | None) -> int:
        """Store ``value`` (None = deleted) and return the row's new version."""
        (version,) = self._db.execute(
            "INSERT INTO items (key, value, version) VALUES (?, ?, 1) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = version + 1 "
            "RETURNING version",
            (key, value),
        ).fetchone()
        return int(version)

    def close(self) -> None:
        self._db.close()


class NaiveCacheAside:
    """The common, racy scheme: fill with SET, invalidate with DEL. Kept to demonstrate the bug."""

    def __init__(self, store: SqliteStore, cache: redis.Redis, ttl_ms: int = 60_000) -> None:
        self.store = store
        self.cache = cache
        self.ttl_ms = ttl_ms

    def get(self, key: str, after_db_read: Hook = _no_hook) -> str | None:
        cached = self.cache.get(f"naive:{key}")
        if cached is not None:
            return _text(cached)
        row = self.store.read(key)
        after_db_read()
        if row is None or row.value is None:
            return None
        self.cache.set(f"naive:{key}", row.value, px=self.ttl_ms)
        return row.value

    def update(self, key: str, value: str | None) -> None:
        self.store.write(key, value)
        self.cache.delete(f"naive:{key}")


_SET_IF_NEWER_LUA = """
-- KEYS[1] cache key; ARGV: version, value, is_tombstone ('1'/'0'), ttl_ms
local version = tonumber(ARGV[1])
local current = redis.call('HMGET', KEYS[1], 'v', 'tomb')
if current[1] then
  local cur = tonumber(current[1])
  if cur > version then
    return 0
  end
  if cur == version and (current[2] ~= '1' or ARGV[3] == '1') then
    return 0  -- same version: only a real value may replace a tombstone
  end
end
redis.call('DEL', KEYS[1])
if ARGV[3] == '1' then
  redis.call('HSET', KEYS[1], 'v', version, 'tomb', '1')
else
  redis.call('HSET', KEYS[1], 'v', version, 'd', ARGV[2])
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
"""


class VersionedCacheAside:
    def __init__(self, store: SqliteStore, cache: redis.Redis, ttl_ms: int = 60_000) -> None:
        self.store = store
        self.cache = cache
        self.ttl_ms = ttl_ms
        self._set_if_newer = cache.register_script(_SET_IF_NEWER_LUA)

    def _key(self, key: str) -> str:
        return f"cache:{key}"

    def cached(self, key: str) -> tuple[int, str | None] | None:
        """(version, value) held in Redis; value None for a tombstone; None if absent."""
        version, value, tomb = self.cache.hmget(self._key(key), ["v", "d", "tomb"])
        if version is None:
            return None
        return int(version), None if tomb is not None or value is None else _text(value)

    def get(self, key: str, after_db_read: Hook = _no_hook) -> str | None:
        hit = self.cached(key)
        if hit is not None and hit[1] is not None:
            return hit[1]
        row = self.store.read(key)
        after_db_read()  # test seam: lets a test run a writer exactly here
        if row is None:
            return None
        self._set_if_newer(
            keys=[self._key(key)],
            args=[row.version, row.value or "", "1" if row.value is None else "0", self.ttl_ms],
        )
        return row.value

    def update(self, key: str, value: str | None) -> int:
        """Write the database, then leave a versioned tombstone in the cache."""
        version = self.store.write(key, value)
        self._set_if_newer(keys=[self._key(key)], args=[version, "", "1", self.ttl_ms])
        return version
