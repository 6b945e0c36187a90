"""Tests for tiku.concepts.cache_aside: the stale-fill race, reproduced deterministically."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tiku.concepts.cache_aside import NaiveCacheAside, SqliteStore, VersionedCacheAside

pytestmark = pytest.mark.redis


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteStore]:
    db = SqliteStore(tmp_path / "items.sqlite")
    yield db
    db.close()


def test_naive_scheme_keeps_a_stale_value(store: SqliteStore, redis_client: redis.Redis) -> None:
    """The bug, reproduced: the reader's late fill puts the old value back for good."""
    cache = NaiveCacheAside(store, redis_client)
    store.write("price", "100")
    writer = NaiveCacheAside(store, redis_client)

    def writer_runs_between_read_and_fill() -> None:
        writer.update("price", "120")

    assert cache.get("price", after_db_read=writer_runs_between_read_and_fill) == "100"
    row = store.read("price")
    assert row is not None and row.value == "120"
    assert cache.get("price") == "100"  # stale until the TTL expires


def test_versioned_scheme_rejects_the_stale_fill(
    store: SqliteStore, redis_client: redis.Redis
) -> None:
    cache = VersionedCacheAside(store, redis_client)
    store.write("price", "100")
    writer = VersionedCacheAside(store, redis_client)

    def writer_runs_between_read_and_fill() -> None:
        assert writer.update("price", "120") == 2

    # The racing reader returns what it read (it was a valid read at the time)...
    assert cache.get("price", after_db_read=writer_runs_between_read_and_fill) == "100"
    # ...but could not install it: the cache holds the writer's version-2 tombstone.
    assert cache.cached("price") == (2, None)
    assert cache.get("price") == "120"
    assert cache.cached("price") == (2, "120")
    assert redis_client.pttl("cache:price") > 0


def test_out_of_order_invalidations_keep_the_newest_version(
    store: SqliteStore, redis_client: redis.Redis
) -> None:
    cache = VersionedCacheAside(store, redis_client)
    store.write("k", "a")
    assert cache.get("k") == "a"
    v2 = store.write("k", "b")  # writer 1 updates the DB...
    v3 = cache.update("k", "c")  # ...writer 2 updates and invalidates first...
    cache._set_if_newer(keys=["cache:k"], args=[v2, "", "1", 60_000])  # ...then writer 1
    assert cache.cached("k") == (v3, None)
    assert cache.get("k") == "c"


def test_fill_after_invalidation_and_hits(store: SqliteStore, redis_client: redis.Redis) -> None:
    cache = VersionedCacheAside(store, redis_client)
    assert cache.get("missing") is None
    cache.update("k", "v1")
    assert cache.get("k") == "v1"  # tombstone replaced by the same-version value
    store.write("k", "sneaky")  # a DB change without invalidation (e.g. manual SQL)...
    assert cache.get("k") == "v1"  # ...is invisible until the entry expires: a cache, after all
    cache.update("k", None)  # delete
    assert cache.get("k") is None


def test_many_interleavings_never_leave_stale_cache(
    store: SqliteStore, redis_client: redis.Redis
) -> None:
    """Readers interleaved with 0..2 writers at the fill point always converge to the DB."""
    cache = VersionedCacheAside(store, redis_client)
    for writes in range(3):
        key = f"item-{writes}"
        store.write(key, "initial")

        def racing_writers(key: str = key, writes: int = writes) -> None:
            for i in range(writes):
                cache.update(key, f"w{i}")

        cache.get(key, after_db_read=racing_writers)
        row = store.read(key)
        assert row is not None
        assert cache.get(key) == row.value
