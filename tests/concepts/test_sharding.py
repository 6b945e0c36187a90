"""Tests for tiku.concepts.sharding: minimal plans, no lost keys, correct routing mid-migration."""

from __future__ import annotations

import pytest

from tiku.concepts.sharding import ShardRouter

KEYS = [f"order:{i}" for i in range(20_000)]


def loaded_router() -> ShardRouter:
    router = ShardRouter(["s0", "s1", "s2", "s3"])
    for key in KEYS:
        router.put(key, f"v-{key}")
    return router


def assert_each_key_once_at_owner(router: ShardRouter) -> None:
    for key in KEYS:
        holders = [name for name, store in router.stores.items() if key in store]
        assert holders == [router.owner(key)]


def test_adding_a_shard_moves_about_one_fifth_all_to_it() -> None:
    router = loaded_router()
    before = {key: router.owner(key) for key in KEYS}
    plan = router.begin_add_shard("s4")
    assert {m.target for m in plan} == {"s4"}
    assert 0.15 < len(plan) / len(KEYS) < 0.25  # ideal 1/5
    assert {m.key for m in plan} == {k for k in KEYS if router.owner(k) != before[k]}
    while router.migrate(1000):
        pass
    router.finish()
    assert router.moved == len(plan)  # nothing beyond the plan was touched
    assert router.key_count() == len(KEYS)
    assert all(router.get(k) == f"v-{k}" for k in KEYS)
    assert_each_key_once_at_owner(router)


def test_reads_and_writes_are_correct_during_migration() -> None:
    router = loaded_router()
    plan = router.begin_add_shard("s4")
    router.migrate(len(plan) // 2)  # half done
    assert all(router.get(k) == f"v-{k}" for k in KEYS)  # double read finds unmoved keys

    pending_keys = [m.key for m in plan[len(plan) // 2 :]]
    moved_keys = [m.key for m in plan[: len(plan) // 2]]
    updated, deleted = pending_keys[:50], pending_keys[50:100]
    for key in updated:
        router.put(key, "new")  # written to the new owner before the migrator got there
    for key in deleted + moved_keys[:50]:
        router.delete(key)
    router.put("order:brand-new", "x")

    while router.migrate(777):
        pass
    router.finish()
    assert all(router.get(k) == "new" for k in updated)  # not overwritten by the old copy
    assert all(router.get(k) is None for k in deleted + moved_keys[:50])  # not resurrected
    assert router.get("order:brand-new") == "x"
    gone = set(deleted + moved_keys[:50])
    untouched = [k for k in KEYS if k not in gone and k not in set(updated)]
    assert all(router.get(k) == f"v-{k}" for k in untouched)
    assert router.key_count() == len(KEYS) - len(gone) + 1


def test_crash_between_copy_and_delete_keeps_data() -> None:
    router = loaded_router()
    plan = router.begin_add_shard("s4")
    first = plan[0]
    router.stores[first.target][first.key] = router.stores[first.source][first.key]  # copied...
    # ...and the migrator died before deleting. Reads still work, the resumed migration cleans up.
    assert router.get(first.key) == f"v-{first.key}"
    while router.migrate(1000):
        pass
    router.finish()
    assert_each_key_once_at_owner(router)


def test_removing_a_shard_moves_exactly_its_keys() -> None:
    router = loaded_router()
    own = set(router.stores["s2"])
    plan = router.begin_remove_shard("s2")
    assert {m.key for m in plan} == own
    assert {m.source for m in plan} == {"s2"}
    while router.migrate(500):
        pass
    router.finish()
    assert "s2" not in router.stores
    assert router.key_count() == len(KEYS)
    assert all(router.get(k) == f"v-{k}" for k in KEYS)


def test_finish_refuses_unfinished_migration() -> None:
    router = loaded_router()
    router.begin_add_shard("s4")
    with pytest.raises(RuntimeError):
        router.finish()
    with pytest.raises(RuntimeError):
        router.begin_add_shard("s5")
