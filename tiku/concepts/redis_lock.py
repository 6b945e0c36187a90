"""A Redis distributed lock done right, with fencing tokens.

Acquire: ``SET key <token> NX PX <ttl>`` — one atomic command that both tests for absence and sets
the expiry, so a crashed holder cannot leave the lock held forever. (The seed's ``SET`` followed
by ``SETNX`` always fails the ``SETNX``; ``SETNX`` followed by ``EXPIRE`` leaks the lock if the
client dies in between.) The value is a random per-acquisition token that identifies the owner.

Release: a Lua script that deletes the key *only if it still holds our token*. Releasing with a
plain ``DEL`` (the seed's bug) lets a client whose lock already expired delete the lock that
another client acquired afterwards. ``GET`` then ``DEL`` from the client has the same race in a
smaller window; the script runs atomically on the server. ``extend`` is the same
compare-then-``PEXPIRE``.

Fencing: a TTL lock alone cannot be safe. A holder can pause (GC, swap, VM migration, a slow
network) past the TTL, wake up and still believe it holds the lock while another client does.
So each acquisition also takes a number from an ``INCR`` counter — in the same script as the
``SET NX`` so numbers are handed out in acquisition order — and the protected resource rejects
any write whose fencing token is lower than the highest it has seen (``FencedStore``). The
resource, not the lock, enforces safety; the lock just makes conflicts rare.

Limits: a single Redis node (or async replication with failover) can lose a lock on failover;
Redlock narrows that but still relies on timing. Use fencing, or a consensus store, when
correctness — not just efficiency — depends on mutual exclusion. Note also that a lock gives
mutual exclusion only; it does not give "read-your-writes" or any other consistency model.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import redis

__all__ = ["FencedStore", "LockNotHeldError", "RedisLock", "StaleTokenError"]

_ACQUIRE_LUA = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return redis.call('INCR', KEYS[2])
end
return false
"""

_RELEASE_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""

_EXTEND_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""


class LockNotHeldError(RuntimeError):
    """The lock expired or belongs to someone else."""


class StaleTokenError(RuntimeError):
    """A write carried a fencing token older than one the resource has already seen."""


class RedisLock:
    """One client's handle on the lock ``name``. Not reentrant; one acquisition at a time."""

    def __init__(
        self,
        client: redis.Redis,
        name: str,
        ttl_ms: int = 10_000,
        *,
        retry_interval_s: float = 0.01,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if ttl_ms <= 0:
            raise ValueError("ttl_ms must be positive")
        self._client = client
        self.key = f"lock:{name}"
        self.fence_key = f"lock:{name}:fence"
        self.ttl_ms = ttl_ms
        self._retry_interval_s = retry_interval_s
        self._sleep = sleep
        self._acquire = client.register_script(_ACQUIRE_LUA)
        self._release = client.register_script(_RELEASE_LUA)
        self._extend = client.register_script(_EXTEND_LUA)
        self.token: str | None = None
        self.fencing_token: int | None = None

    def acquire(self, *, blocking: bool = True, timeout_s: float | None = None) -> bool:
        if self.token is not None:
            raise RuntimeError("this handle already holds the lock; use another RedisLock")
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            token = secrets.token_hex(16)
            fence = self._acquire(keys=[self.key, self.fence_key], args=[token, self.ttl_ms])
            if fence is not None:
                self.token = token
                self.fencing_token = int(fence)
                return True
            if not blocking or (deadline is not None and time.monotonic() >= deadline):
                return False
            self._sleep(self._retry_interval_s)

    def release(self) -> bool:
        """Delete the lock if we still own it; return False if it had expired or moved on."""
        if self.token is None:
            return False
        deleted = int(self._release(keys=[self.key], args=[self.token]))
        self.token = None
        return deleted == 1

    def extend(self, ttl_ms: int | None = None) -> None:
        """Reset the TTL, only if we still own the lock; raise LockNotHeldError otherwise."""
        if self.token is None:
            raise LockNotHeldError("not acquired")
        ms = self.ttl_ms if ttl_ms is None else ttl_ms
        if int(self._extend(keys=[self.key], args=[self.token, ms])) != 1:
            self.token = None
            raise LockNotHeldError(f"{self.key} expired or was taken by another client")

    def owned(self) -> bool:
        """Whether Redis still holds our token (advisory: may change right after returning)."""
        if self.token is None:
            return False
        value = self._client.get(self.key)
        return value is not None and value == self.token.encode()

    def __enter__(self) -> RedisLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@dataclass
class FencedStore:
    """A storage service that enforces fencing: writes with an older token are rejected."""

    data: dict[str, Any] = field(default_factory=dict)
    highest_token: int = 0
    _mutex: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def write(self, key: str, value: Any, fencing_token: int) -> None:
        with self._mutex:
            if fencing_token < self.highest_token:
                raise StaleTokenError(
                    f"token {fencing_token} is older than {self.highest_token}; write rejected"
                )
            self.highest_token = fencing_token
            self.data[key] = value
