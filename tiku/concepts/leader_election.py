"""Leader election with Redis leases and monotonically increasing terms.

A candidate becomes leader by creating the lease key ``SET``-if-absent with a TTL; in the same
Lua script it takes the next *term* (epoch) from an ``INCR`` counter and stores
``<candidate>:<term>`` as the value. The leader keeps the lease alive by renewing well before
it expires, with a compare-and-``PEXPIRE`` script: renewal succeeds only while the key still
holds *our* value, so a leader whose lease lapsed and was taken over cannot extend the new
leader's lease — it sees the failed renewal and steps down.

Terms are the fencing tokens of leadership: every action a leader takes carries its term, and
followers/resources reject terms lower than the highest they have seen (see
``redis_lock.FencedStore``). Without them, a leader that paused past its lease could act after
a successor was elected — two leaders at once from the resource's point of view.

Local view of leadership: ``is_leader()`` is true only while the *local* lease deadline has not
passed. The deadline is measured from *before* the acquire/renew request was sent and shortened
by a ``clock_drift`` safety margin, so the local lease always ends before the server's does.
The local clock is injectable; the server's expiry uses Redis' own clock.

Trade-offs: this is as available as the Redis node; on an async-replicated failover the lease
may be lost or duplicated, which the terms make safe but not live. Raft-based stores (etcd,
Consul) give linearizable leases; Redis gives cheap, fast ones.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import redis

__all__ = ["LeaderElection"]

Clock = Callable[[], float]

_CAMPAIGN_LUA = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  return false
end
local term = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. term, 'PX', ARGV[2])
return term
"""

_RENEW_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""

_RESIGN_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""


class LeaderElection:
    """One candidate's view of the election ``name``."""

    def __init__(
        self,
        client: redis.Redis,
        name: str,
        candidate_id: str,
        *,
        lease_ms: int = 10_000,
        clock_drift: float = 0.1,
        clock: Clock = time.monotonic,
    ) -> None:
        if ":" in candidate_id:
            raise ValueError("candidate_id must not contain ':'")
        self._client = client
        self.key = f"leader:{name}"
        self.term_key = f"leader:{name}:term"
        self.candidate_id = candidate_id
        self.lease_ms = lease_ms
        self._safe_lease_s = lease_ms / 1000 * (1 - clock_drift)
        self._clock = clock
        self._campaign = client.register_script(_CAMPAIGN_LUA)
        self._renew = client.register_script(_RENEW_LUA)
        self._resign = client.register_script(_RESIGN_LUA)
        self.term: int | None = None
        self._deadline = 0.0

    @property
    def _value(self) -> str:
        return f"{self.candidate_id}:{self.term}"

    def campaign(self) -> bool:
        """Try once to become leader (or keep leading); return whether we lead now."""
        if self.term is not None:
            return self.renew()
        started = self._clock()
        term = self._campaign(
            keys=[self.key, self.term_key], args=[self.candidate_id, self.lease_ms]
        )
        if term is None:
            return False
        self.term = int(term)
        self._deadline = started + self._safe_lease_s
        return True

    def renew(self) -> bool:
        """Extend our lease; on failure we have lost leadership and step down."""
        if self.term is None:
            return False
        started = self._clock()
        if int(self._renew(keys=[self.key], args=[self._value, self.lease_ms])) == 1:
            self._deadline = started + self._safe_lease_s
            return True
        self._step_down()
        return False

    def is_leader(self) -> bool:
        """True only while our local lease is certainly still valid."""
        if self.term is not None and self._clock() >= self._deadline:
            self._step_down()
        return self.term is not None

    def resign(self) -> None:
        if self.term is not None:
            self._resign(keys=[self.key], args=[self._value])
        self._step_down()

    def _step_down(self) -> None:
        self.term = None
        self._deadline = 0.0

    def current_leader(self) -> tuple[str, int] | None:
        """(candidate_id, term) as Redis sees it now, or None."""
        raw = self._client.get(self.key)
        if raw is None:
            return None
        text = raw.decode() if isinstance(raw, bytes) else str(raw)
        candidate, _, term = text.rpartition(":")
        return candidate, int(term)
