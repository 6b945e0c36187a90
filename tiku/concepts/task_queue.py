"""A Redis-backed task queue: priorities, visibility timeouts, retries with backoff, dead letters.

Keys (all under ``tq:<name>:``)::

    ready     ZSET  id -> (9 - priority) * 2**40 + seq   # lowest score first: priority, then FIFO
    delayed   ZSET  id -> time (ms) it becomes ready      # scheduled tasks and retry backoff
    inflight  ZSET  id -> visibility deadline (ms)       # delivered, not yet acknowledged
    data / score / attempts / error   HASH id -> ...
    dead      LIST  ids that exhausted their attempts     # the dead-letter list
    seq       counter for FIFO order and ids

Every state transition is one Lua script, so two workers can never take the same task and a
crash between two commands cannot lose one (with ``BRPOPLPUSH``-style list queues, priorities and
delays need several keys and the same care). ``dequeue`` first requeues deliveries whose
visibility deadline passed — the worker died or hung — counting that as a failed attempt, then
promotes due delayed tasks, then pops the best ready task and puts it in ``inflight``.

A delivery is identified by ``(id, attempt)``, like an SQS receipt handle: a worker that was too
slow and lost its lease cannot ``ack`` or ``fail`` the task that was meanwhile redelivered to
someone else. Long tasks call ``extend`` (a heartbeat) to keep their lease.

Failures are retried after ``backoff_base_ms * 2**(attempt-1)`` capped at ``backoff_max_ms``
(add jitter in production so synchronized failures do not retry in lockstep); after
``max_attempts`` deliveries the task goes to the dead-letter list with its last error, for a
human or a repair job, instead of poisoning the queue forever.

Delivery is at-least-once: a worker that finishes but dies before ``ack`` gets its task redone,
so tasks must be idempotent. Time comes from the injected clock (ms passed into the scripts), so
tests are deterministic; all workers need reasonably synchronized clocks.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import redis

__all__ = ["DeadLetter", "RedisTaskQueue", "Task"]

Clock = Callable[[], float]

MAX_PRIORITY = 9
_PRIORITY_SPAN = 1 << 40

_ENQUEUE_LUA = """
-- KEYS: seq, data, score, ready, delayed ; ARGV: payload, priority, now, delay
local seq = redis.call('INCR', KEYS[1])
local id = tostring(seq)
-- format as an integer string: Lua numbers are doubles and tostring() would round
local score = string.format('%d', (9 - tonumber(ARGV[2])) * 1099511627776 + seq)
redis.call('HSET', KEYS[2], id, ARGV[1])
redis.call('HSET', KEYS[3], id, score)
if tonumber(ARGV[4]) > 0 then
  redis.call('ZADD', KEYS[5], tonumber(ARGV[3]) + tonumber(ARGV[4]), id)
else
  redis.call('ZADD', KEYS[4], score, id)
end
return id
"""

_DEQUEUE_LUA = """
-- KEYS: ready, delayed, inflight, score, attempts, dead, error, data
-- ARGV: now, visibility, max_attempts, backoff_base, backoff_max
local now = tonumber(ARGV[1])
local max_attempts = tonumber(ARGV[3])
local expired = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now, 'LIMIT', 0, 100)
for _, id in ipairs(expired) do
  redis.call('ZREM', KEYS[3], id)
  local attempts = tonumber(redis.call('HGET', KEYS[5], id) or '0')
  redis.call('HSET', KEYS[7], id, 'visibility timeout')
  if attempts >= max_attempts then
    redis.call('RPUSH', KEYS[6], id)
  else
    local delay = math.min(tonumber(ARGV[4]) * 2 ^ (attempts - 1), tonumber(ARGV[5]))
    redis.call('ZADD', KEYS[2], now + delay, id)
  end
end
local due = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 100)
for _, id in ipairs(due) do
  redis.call('ZREM', KEYS[2], id)
  redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[4], id), id)
end
local top = redis.call('ZRANGE', KEYS[1], 0, 0)
if #top == 0 then
  return false
end
local id = top[1]
redis.call('ZREM', KEYS[1], id)
local attempts = redis.call('HINCRBY', KEYS[5], id, 1)
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[2]), id)
return {id, attempts, redis.call('HGET', KEYS[8], id), redis.call('HGET', KEYS[4], id)}
"""

_ACK_LUA = """
-- KEYS: inflight, attempts, data, score, error ; ARGV: id, attempt
if redis.call('ZSCORE', KEYS[1], ARGV[1]) == false
   or redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then
  return 0
end
redis.call('ZREM', KEYS[1], ARGV[1])
for i = 2, 5 do
  redis.call('HDEL', KEYS[i], ARGV[1])
end
return 1
"""

_FAIL_LUA = """
-- KEYS: inflight, attempts, delayed, dead, error ; ARGV: id, attempt, now, error,
--       max_attempts, backoff_base, backoff_max
if redis.call('ZSCORE', KEYS[1], ARGV[1]) == false
   or redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then
  return 'stale'
end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[5], ARGV[1], ARGV[4])
local attempts = tonumber(ARGV[2])
if attempts >= tonumber(ARGV[5]) then
  redis.call('RPUSH', KEYS[4], ARGV[1])
  return 'dead'
end
local delay = math.min(tonumber(ARGV[6]) * 2 ^ (attempts - 1), tonumber(ARGV[7]))
redis.call('ZADD', KEYS[3], tonumber(ARGV[3]) + delay, ARGV[1])
return 'retry'
"""

_EXTEND_LUA = """
-- KEYS: inflight, attempts ; ARGV: id, attempt, new_deadline
if redis.call('ZSCORE', KEYS[1], ARGV[1]) == false
   or redis.call('HGET', KEYS[2], ARGV[1]) ~= ARGV[2] then
  return 0
end
redis.call('ZADD', KEYS[1], 'XX', ARGV[3], ARGV[1])
return 1
"""


@dataclass(frozen=True)
class Task:
    id: str
    payload: str
    attempt: int
    priority: int


@dataclass(frozen=True)
class DeadLetter:
    id: str
    payload: str
    attempts: int
    error: str


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class RedisTaskQueue:
    def __init__(
        self,
        client: redis.Redis,
        name: str,
        *,
        visibility_timeout_ms: int = 30_000,
        max_attempts: int = 5,
        backoff_base_ms: int = 1_000,
        backoff_max_ms: int = 60_000,
        clock: Clock = time.time,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be >= 1")
        self._client = client
        self.visibility_timeout_ms = visibility_timeout_ms
        self.max_attempts = max_attempts
        self.backoff_base_ms = backoff_base_ms
        self.backoff_max_ms = backoff_max_ms
        self._clock = clock
        k = f"tq:{name}:"
        self._k = {n: k + n for n in (
            "seq", "ready", "delayed", "inflight", "data", "score", "attempts", "error", "dead"
        )}  # fmt: skip
        self._enqueue = client.register_script(_ENQUEUE_LUA)
        self._dequeue = client.register_script(_DEQUEUE_LUA)
        self._ack = client.register_script(_ACK_LUA)
        self._fail = client.register_script(_FAIL_LUA)
        self._extend = client.register_script(_EXTEND_LUA)

    def _now_ms(self) -> int:
        return int(self._clock() * 1000)

    def enqueue(self, payload: str, *, priority: int = 0, delay_ms: int = 0) -> str:
        """Add a task; higher ``priority`` (0..9) runs first, FIFO within a priority."""
        if not 0 <= priority <= MAX_PRIORITY:
            raise ValueError(f"priority must be in 0..{MAX_PRIORITY}")
        k = self._k
        task_id = self._enqueue(
            keys=[k["seq"], k["data"], k["score"], k["ready"], k["delayed"]],
            args=[payload, priority, self._now_ms(), delay_ms],
        )
        return _text(task_id)

    def dequeue(self) -> Task | None:
        """Lease the most urgent ready task for ``visibility_timeout_ms``, or None."""
        k = self._k
        result = self._dequeue(
            keys=[
                k["ready"], k["delayed"], k["inflight"], k["score"],
                k["attempts"], k["dead"], k["error"], k["data"],
            ],
            args=[
                self._now_ms(), self.visibility_timeout_ms, self.max_attempts,
                self.backoff_base_ms, self.backoff_max_ms,
            ],
        )  # fmt: skip
        if result is None:
            return None
        task_id, attempt, payload, score = result
        priority = MAX_PRIORITY - int(_text(score)) // _PRIORITY_SPAN
        return Task(_text(task_id), _text(payload), int(attempt), priority)

    def ack(self, task: Task) -> bool:
        """Mark done; False if our lease was lost (the task may run or have run elsewhere)."""
        k = self._k
        keys = [k["inflight"], k["attempts"], k["data"], k["score"], k["error"]]
        return int(self._ack(keys=keys, args=[task.id, task.attempt])) == 1

    def fail(self, task: Task, error: str) -> str:
        """Report a failure: returns 'retry', 'dead' (moved to dead letters) or 'stale'."""
        k = self._k
        result = self._fail(
            keys=[k["inflight"], k["attempts"], k["delayed"], k["dead"], k["error"]],
            args=[
                task.id, task.attempt, self._now_ms(), error,
                self.max_attempts, self.backoff_base_ms, self.backoff_max_ms,
            ],
        )  # fmt: skip
        return _text(result)

    def extend(self, task: Task, visibility_timeout_ms: int | None = None) -> bool:
        """Heartbeat: push our lease deadline forward; False if the lease was already lost."""
        ms = self.visibility_timeout_ms if visibility_timeout_ms is None else visibility_timeout_ms
        k = self._k
        result = self._extend(
            keys=[k["inflight"], k["attempts"]],
            args=[task.id, task.attempt, self._now_ms() + ms],
        )
        return int(result) == 1

    def dead_letters(self) -> list[DeadLetter]:
        k = self._k
        out = []
        for raw in self._client.lrange(k["dead"], 0, -1):
            task_id = _text(raw)
            out.append(
                DeadLetter(
                    id=task_id,
                    payload=_text(self._client.hget(k["data"], task_id) or b""),
                    attempts=int(self._client.hget(k["attempts"], task_id) or 0),
                    error=_text(self._client.hget(k["error"], task_id) or b""),
                )
            )
        return out

    def counts(self) -> dict[str, int]:
        k = self._k
        return {
            "ready": int(self._client.zcard(k["ready"])),
            "delayed": int(self._client.zcard(k["delayed"])),
            "inflight": int(self._client.zcard(k["inflight"])),
            "dead": int(self._client.llen(k["dead"])),
        }
