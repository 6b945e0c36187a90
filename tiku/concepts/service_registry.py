"""Service registry with TTL leases, heartbeats and watches (in-process, injectable clock).

Each service instance registers with a lease of ``ttl_s`` and must ``heartbeat`` before the lease
runs out; an instance that stops (crash, partition, GC pause) simply stops renewing and is
removed once its lease expires — nobody has to detect the failure and deregister it. This is the
model of Consul's TTL checks, etcd leases and Eureka's renewals, and what a Redis
``SET instance ... PX ttl`` per instance gives you. Graceful shutdown deregisters at once.

Expiry is both lazy (every read drops expired instances first) and active (``expire()`` for a
periodic sweeper), so watchers hear about a dead instance even if nobody queries the service.
Watchers get ``up``/``down`` events with a reason; each change bumps a per-service *index*
(like Consul's ``X-Consul-Index``) so a client that missed events can tell its view is stale and
re-read.

Trade-offs: TTL choice is detection latency versus false positives — a TTL of 3 heartbeat
intervals tolerates two lost heartbeats. Clients should cache the list and keep working when
the registry is unreachable. A registry that must survive its own failure runs on a replicated
store; this one shows the protocol, not the replication.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

__all__ = ["Instance", "RegistryEvent", "ServiceRegistry"]

Clock = Callable[[], float]


@dataclass(frozen=True)
class Instance:
    service: str
    instance_id: str
    address: str
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RegistryEvent:
    kind: str  # "up" or "down"
    reason: str  # "registered", "updated", "deregistered" or "expired"
    instance: Instance
    index: int


Watcher = Callable[[RegistryEvent], None]


@dataclass
class _Lease:
    instance: Instance
    ttl_s: float
    expires_at: float


class ServiceRegistry:
    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._mutex = threading.RLock()
        self._leases: dict[str, dict[str, _Lease]] = {}
        self._watchers: dict[str, list[Watcher]] = {}
        self._index: dict[str, int] = {}

    def register(
        self,
        service: str,
        instance_id: str,
        address: str,
        *,
        ttl_s: float = 30.0,
        metadata: Mapping[str, str] | None = None,
    ) -> Instance:
        if ttl_s <= 0:
            raise ValueError("ttl_s must be positive")
        instance = Instance(service, instance_id, address, dict(metadata or {}))
        with self._mutex:
            self._expire_locked(service)
            leases = self._leases.setdefault(service, {})
            previous = leases.get(instance_id)
            leases[instance_id] = _Lease(instance, ttl_s, self._clock() + ttl_s)
            if previous is not None and previous.instance == instance:
                return instance  # a re-register is just a heartbeat
            events = [self._event(service, "up", "updated" if previous else "registered", instance)]
        self._notify(service, events)
        return instance

    def heartbeat(self, service: str, instance_id: str) -> bool:
        """Renew the lease; False means it already expired and the caller must re-register."""
        with self._mutex:
            events = self._expire_locked(service)
            lease = self._leases.get(service, {}).get(instance_id)
            if lease is not None:
                lease.expires_at = self._clock() + lease.ttl_s
        self._notify(service, events)
        return lease is not None

    def deregister(self, service: str, instance_id: str) -> bool:
        with self._mutex:
            lease = self._leases.get(service, {}).pop(instance_id, None)
            if lease is None:
                return False
            events = [self._event(service, "down", "deregistered", lease.instance)]
        self._notify(service, events)
        return True

    def instances(self, service: str) -> list[Instance]:
        with self._mutex:
            events = self._expire_locked(service)
            result = sorted(
                (lease.instance for lease in self._leases.get(service, {}).values()),
                key=lambda i: i.instance_id,
            )
        self._notify(service, events)
        return result

    def index(self, service: str) -> int:
        with self._mutex:
            return self._index.get(service, 0)

    def expire(self) -> list[Instance]:
        """Active sweep over every service; returns the instances that expired."""
        with self._mutex:
            per_service = {s: self._expire_locked(s) for s in list(self._leases)}
        for service, events in per_service.items():
            self._notify(service, events)
        return [e.instance for events in per_service.values() for e in events]

    def watch(self, service: str, watcher: Watcher) -> Callable[[], None]:
        """Call ``watcher`` on every change of ``service``; returns an unsubscribe function."""
        with self._mutex:
            self._watchers.setdefault(service, []).append(watcher)

        def cancel() -> None:
            with self._mutex:
                watchers = self._watchers.get(service, [])
                if watcher in watchers:
                    watchers.remove(watcher)

        return cancel

    def _expire_locked(self, service: str) -> list[RegistryEvent]:
        now = self._clock()
        leases = self._leases.get(service, {})
        dead = [iid for iid, lease in leases.items() if lease.expires_at <= now]
        return [self._event(service, "down", "expired", leases.pop(iid).instance) for iid in dead]

    def _event(self, service: str, kind: str, reason: str, instance: Instance) -> RegistryEvent:
        self._index[service] = self._index.get(service, 0) + 1
        return RegistryEvent(kind, reason, instance, self._index[service])

    def _notify(self, service: str, events: list[RegistryEvent]) -> None:
        if not events:
            return
        with self._mutex:
            watchers = list(self._watchers.get(service, []))
        for event in events:
            for watcher in watchers:
                watcher(event)
