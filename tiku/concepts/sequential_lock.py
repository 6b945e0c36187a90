"""The ZooKeeper lock recipe on a small in-process coordination service.

``Coordinator`` models the parts of ZooKeeper the recipe needs: a tree of nodes, *sessions*
that stay alive by heartbeating and expire after ``timeout_s`` of silence, *ephemeral* nodes that
are deleted when their session ends, *sequential* nodes whose names get a monotonically
increasing 10-digit suffix per parent, and one-shot *watches* on a node. (Kazoo's ``Lock`` and
Curator's ``InterProcessMutex`` implement the same recipe against a real ensemble.)

The recipe (``SequentialLock``):

1. ``create(<lock>/lock-, ephemeral=True, sequential=True)`` — every contender gets a ticket.
2. List the children; if ours has the lowest sequence number, we hold the lock.
3. Otherwise set a watch on the *immediate predecessor* only, and wait for it to go away; then
   go back to 2 (the predecessor may have given up rather than released, so re-check).

Why the seed's ``exists()`` then ``create()`` is wrong: it is a check-then-act race. Two clients
can both see "no lock node", both call ``create``; one of them fails (unhandled in the seed) or,
with a non-exclusive create, both believe they hold the lock. Even when handled, every loser
watches the *same* node, so each release wakes all of them to race again (the herd effect: O(n)
notifications and O(n) requests per release, O(n²) for n waiters) and nobody waits in order.
Sequential nodes make the queue explicit: ``create`` is the single atomic step, order is FIFO
by sequence number, each release notifies exactly one waiter, and because the nodes are
ephemeral a crashed holder's lock is released when its session expires — no TTL guesswork.

Caveat shared with every lease-based lock: after a session expires the old holder may not know
yet (it is partitioned or paused). ``is_held`` re-checks the node; the ``Coordinator`` also
exposes each node's creation ``zxid``, usable as a fencing token (as in ``redis_lock``).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "Coordinator",
    "LockLostError",
    "NoNodeError",
    "NodeExistsError",
    "SequentialLock",
    "Session",
    "SessionExpiredError",
    "WatchEvent",
]

Clock = Callable[[], float]


class NodeExistsError(KeyError):
    pass


class NoNodeError(KeyError):
    pass


class SessionExpiredError(RuntimeError):
    pass


class LockLostError(RuntimeError):
    """Our lock node disappeared (session expired) while we were waiting or holding."""


@dataclass(frozen=True)
class WatchEvent:
    kind: str  # "deleted" or "created"
    path: str


@dataclass
class Session:
    session_id: int
    timeout_s: float
    last_heartbeat: float
    alive: bool = True


@dataclass
class _Node:
    data: bytes
    owner: int | None  # session id for ephemeral nodes
    zxid: int


Watcher = Callable[[WatchEvent], None]


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0] or "/"


class Coordinator:
    """A thread-safe, in-memory stand-in for a ZooKeeper ensemble (one process, no replication)."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._mutex = threading.RLock()
        self._nodes: dict[str, _Node] = {}
        self._sequence: dict[str, int] = {}
        self._sessions: dict[int, Session] = {}
        self._watches: dict[str, list[Watcher]] = {}
        self._next_session = 1
        self._zxid = 0
        self.delivered: list[WatchEvent] = []  # every watch notification, for observation

    # -- sessions -------------------------------------------------------------------------
    def open_session(self, timeout_s: float = 10.0) -> Session:
        with self._mutex:
            session = Session(self._next_session, timeout_s, self._clock())
            self._next_session += 1
            self._sessions[session.session_id] = session
            return session

    def heartbeat(self, session: Session) -> None:
        with self._mutex:
            if not session.alive:
                raise SessionExpiredError(session.session_id)
            session.last_heartbeat = self._clock()

    def expire_sessions(self) -> list[int]:
        """Expire every session silent for longer than its timeout (the leader's session tick)."""
        with self._mutex:
            now = self._clock()
            dead = [s for s in self._sessions.values() if now - s.last_heartbeat > s.timeout_s]
        for session in dead:
            self.close_session(session)
        return [s.session_id for s in dead]

    def close_session(self, session: Session) -> None:
        with self._mutex:
            session.alive = False
            self._sessions.pop(session.session_id, None)
            owned = [p for p, n in self._nodes.items() if n.owner == session.session_id]
        for path in owned:
            with contextlib.suppress(NoNodeError):  # deleted concurrently
                self.delete(path)

    # -- nodes ----------------------------------------------------------------------------
    def create(
        self,
        path: str,
        data: bytes = b"",
        *,
        session: Session | None = None,
        ephemeral: bool = False,
        sequential: bool = False,
    ) -> str:
        """Create a node and return its actual path (with the sequence suffix if sequential)."""
        with self._mutex:
            if ephemeral and (session is None or not session.alive):
                raise SessionExpiredError("ephemeral nodes need a live session")
            if sequential:
                parent = _parent(path)
                seq = self._sequence.get(parent, 0)
                self._sequence[parent] = seq + 1
                path = f"{path}{seq:010d}"
            if path in self._nodes:
                raise NodeExistsError(path)
            self._zxid += 1
            owner = session.session_id if ephemeral and session is not None else None
            self._nodes[path] = _Node(data, owner, self._zxid)
            watchers = self._watches.pop(path, [])
        self._fire(watchers, WatchEvent("created", path))
        return path

    def delete(self, path: str) -> None:
        with self._mutex:
            if path not in self._nodes:
                raise NoNodeError(path)
            del self._nodes[path]
            self._zxid += 1
            watchers = self._watches.pop(path, [])
        self._fire(watchers, WatchEvent("deleted", path))

    def exists(self, path: str, watch: Watcher | None = None) -> bool:
        """Whether ``path`` exists; ``watch`` fires once on its next creation or deletion."""
        with self._mutex:
            if watch is not None:
                self._watches.setdefault(path, []).append(watch)
            return path in self._nodes

    def zxid(self, path: str) -> int:
        with self._mutex:
            node = self._nodes.get(path)
            if node is None:
                raise NoNodeError(path)
            return node.zxid

    def children(self, parent: str) -> list[str]:
        with self._mutex:
            prefix = parent.rstrip("/") + "/"
            return sorted(
                p[len(prefix) :]
                for p in self._nodes
                if p.startswith(prefix) and "/" not in p[len(prefix) :]
            )

    def pending_watches(self, prefix: str = "/") -> int:
        with self._mutex:
            return sum(len(w) for p, w in self._watches.items() if p.startswith(prefix))

    def _fire(self, watchers: list[Watcher], event: WatchEvent) -> None:
        # Outside the mutex, like ZooKeeper's separate event thread: a watcher may call back in.
        for watcher in watchers:
            with self._mutex:
                self.delivered.append(event)
            watcher(event)


def _signal(event: threading.Event) -> Watcher:
    def watcher(_: WatchEvent) -> None:
        event.set()

    return watcher


def _sequence_of(name: str) -> int:
    return int(name[-10:])


class SequentialLock:
    """The ephemeral-sequential lock recipe; one instance per contender (session)."""

    def __init__(
        self, coordinator: Coordinator, session: Session, path: str, prefix: str = "lock-"
    ) -> None:
        self._coord = coordinator
        self._session = session
        self.path = path.rstrip("/")
        self._prefix = prefix
        self.node: str | None = None

    def enqueue(self) -> str:
        """Take a ticket (step 1) without waiting; ``acquire`` then waits for our turn."""
        if self.node is None:
            self.node = self._coord.create(
                f"{self.path}/{self._prefix}",
                session=self._session,
                ephemeral=True,
                sequential=True,
            )
        return self.node

    def acquire(self, timeout_s: float | None = None) -> bool:
        node = self.enqueue()
        name = node.rsplit("/", 1)[1]
        deadline = None if timeout_s is None else time.monotonic() + timeout_s
        while True:
            contenders = sorted(
                (c for c in self._coord.children(self.path) if c.startswith(self._prefix)),
                key=_sequence_of,
            )
            if name not in contenders:
                self.node = None
                raise LockLostError(f"{node} vanished (session expired?)")
            index = contenders.index(name)
            if index == 0:
                return True
            predecessor = f"{self.path}/{contenders[index - 1]}"
            gone = threading.Event()
            if self._coord.exists(predecessor, watch=_signal(gone)):
                remaining = None if deadline is None else deadline - time.monotonic()
                timed_out = remaining is not None and remaining <= 0
                if timed_out or not gone.wait(remaining):
                    self.release()  # give up our place in the queue
                    return False

    def is_held(self) -> bool:
        """Re-check that our node still exists and is first (advisory, like any lease)."""
        if self.node is None:
            return False
        name = self.node.rsplit("/", 1)[1]
        contenders = sorted(
            (c for c in self._coord.children(self.path) if c.startswith(self._prefix)),
            key=_sequence_of,
        )
        return bool(contenders) and contenders[0] == name

    def release(self) -> None:
        if self.node is None:
            return
        with contextlib.suppress(NoNodeError):  # already gone with our session
            self._coord.delete(self.node)
        self.node = None
