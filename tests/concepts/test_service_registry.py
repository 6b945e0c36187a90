"""Tests for tiku.concepts.service_registry with an injected clock."""

from __future__ import annotations

from tiku.concepts.service_registry import RegistryEvent, ServiceRegistry

from ._support import FakeClock


def ids(registry: ServiceRegistry, service: str = "api") -> list[str]:
    return [i.instance_id for i in registry.instances(service)]


def test_instance_that_stops_heartbeating_disappears(clock: FakeClock) -> None:
    registry = ServiceRegistry(clock=clock)
    registry.register("api", "a", "10.0.0.1:80", ttl_s=10)
    registry.register("api", "b", "10.0.0.2:80", ttl_s=10)
    for _ in range(5):  # a keeps heartbeating, b has crashed
        clock.advance(4)
        assert registry.heartbeat("api", "a")
    assert ids(registry) == ["a"]
    assert not registry.heartbeat("api", "b")  # b comes back: must re-register
    registry.register("api", "b", "10.0.0.2:80", ttl_s=10)
    assert ids(registry) == ["a", "b"]


def test_lease_boundary(clock: FakeClock) -> None:
    registry = ServiceRegistry(clock=clock)
    registry.register("api", "a", "x", ttl_s=10)
    clock.advance(9.5)
    assert ids(registry) == ["a"]
    clock.advance(0.5)
    assert ids(registry) == []


def test_watchers_hear_up_and_down_including_active_expiry(clock: FakeClock) -> None:
    registry = ServiceRegistry(clock=clock)
    events: list[RegistryEvent] = []
    cancel = registry.watch("api", events.append)
    other: list[RegistryEvent] = []
    registry.watch("db", other.append)

    registry.register("api", "a", "x", ttl_s=5)
    registry.register("api", "b", "y", ttl_s=50)
    registry.register("api", "b", "y", ttl_s=50)  # idempotent re-register: no event
    registry.register("api", "b", "y2", ttl_s=50)  # address change: an update event
    clock.advance(6)
    assert [i.instance_id for i in registry.expire()] == ["a"]  # nobody read "api"
    registry.deregister("api", "b")
    assert [(e.kind, e.reason, e.instance.instance_id) for e in events] == [
        ("up", "registered", "a"),
        ("up", "registered", "b"),
        ("up", "updated", "b"),
        ("down", "expired", "a"),
        ("down", "deregistered", "b"),
    ]
    assert [e.index for e in events] == [1, 2, 3, 4, 5]
    assert registry.index("api") == 5
    assert other == []

    cancel()
    registry.register("api", "c", "z")
    assert len(events) == 5


def test_lazy_expiry_on_read_also_notifies(clock: FakeClock) -> None:
    registry = ServiceRegistry(clock=clock)
    downs: list[str] = []
    registry.watch(
        "api", lambda e: downs.append(e.instance.instance_id) if e.kind == "down" else None
    )
    registry.register("api", "a", "x", ttl_s=1)
    clock.advance(2)
    assert ids(registry) == []
    assert downs == ["a"]
    assert registry.expire() == []  # already gone, no second event
    assert downs == ["a"]
