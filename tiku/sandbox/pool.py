"""Fresh sandboxes started ahead of need, so that a judging does not wait for one to start.

Starting a sandbox (bubblewrap, then the supervisor's interpreter) takes about 30 ms of a
judging's wall time, twice when its tests run in two lanes. A pool keeps a few sandboxes of each
kind started and idle, and starts their replacements between judgings (``refill``), in a thread
of its own. A pooled sandbox has run nothing: it is taken by one submission, used, and closed,
never given back, so nothing of one submission can reach another.

bubblewrap dies with the *thread* that started it, so the pool's thread lives until ``close``,
and ``close`` must come after every sandbox the pool handed out has been closed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable
from types import TracebackType

from tiku.errors import SandboxError
from tiku.sandbox.session import SandboxSession

log = logging.getLogger(__name__)

SessionFactory = Callable[[], SandboxSession]


class SandboxPool:
    """Keeps ``size`` started, unused sandboxes of every kind that has been taken once."""

    def __init__(self, size: int) -> None:
        if size < 0:
            raise ValueError("a pool's size cannot be negative")
        self.size = size
        self._idle: dict[Hashable, list[SandboxSession]] = {}
        self._factories: dict[Hashable, SessionFactory] = {}
        self._retired: list[SandboxSession] = []
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._settled = threading.Condition(self._lock)
        self._refill_wanted = False
        self._busy = False
        self._closing = False
        self._draining = False
        self._thread: threading.Thread | None = None

    def __enter__(self) -> SandboxPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def take(self, kind: Hashable, factory: SessionFactory) -> SandboxSession:
        """A started sandbox of ``kind``: an idle one, or one started now, in the calling thread
        (which must then outlive it). ``factory`` makes an unstarted one of that kind."""
        with self._lock:
            if self._closing:
                raise SandboxError("the sandbox pool is closed")
            if self.size:
                self._factories.setdefault(kind, factory)
        idle = self.take_idle(kind)
        if idle is not None:
            return idle
        session = factory()
        try:
            session.start()
        except BaseException:
            session.close()
            raise
        return session

    def take_idle(self, kind: Hashable) -> SandboxSession | None:
        """An idle started sandbox of ``kind``, or None if the pool has none right now."""
        with self._lock:
            idle = self._idle.get(kind, [])
            while idle:
                session = idle.pop()
                if session.alive:
                    return session
                self._retired.append(session)  # died while idle (killed from outside)
                self._ensure_thread()
                self._wake.notify()
        return None

    def retire(self, session: SandboxSession) -> None:
        """Close ``session`` in the pool's thread (off the caller's path), or now if the pool keeps
        no thread."""
        with self._lock:
            if self.size and not self._closing:
                self._retired.append(session)
                self._ensure_thread()
                self._wake.notify()
                return
        session.close()

    def refill(self) -> None:
        """Start, in the pool's thread, the sandboxes each kind lacks. Called between judgings:
        starting them during one would compete with its tests for the CPU."""
        with self._lock:
            if not self.size or self._closing or self._draining or not self._factories:
                return
            self._refill_wanted = True
            self._ensure_thread()
            self._wake.notify()

    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """Wait until the pool's thread has nothing left to do (every kind full, every retired
        sandbox closed); whether it got there within ``timeout_s``."""
        with self._lock:
            return self._settled.wait_for(
                lambda: not (self._busy or self._refill_wanted or self._retired), timeout_s
            )

    def idle_count(self, kind: Hashable) -> int:
        with self._lock:
            return len(self._idle.get(kind, []))

    def drain(self) -> None:
        """Close every idle sandbox now and start no more, but keep the thread: sandboxes it
        started that are in use die with it. For a process about to exit while judgings may
        still run (they end with it; nothing idle is left behind)."""
        with self._lock:
            self._draining = True
            idle = [s for sessions in self._idle.values() for s in sessions]
            self._idle.clear()
            self._refill_wanted = False
        for session in idle:
            session.close()

    def close(self) -> None:
        """Stop the thread and close every idle and retired sandbox."""
        with self._lock:
            if self._closing:
                return
            self._closing = True
            self._wake.notify()
            thread = self._thread
        if thread is not None:
            thread.join()
        with self._lock:
            leftovers = [s for sessions in self._idle.values() for s in sessions]
            leftovers += self._retired
            self._idle.clear()
            self._retired.clear()
        for session in leftovers:
            session.close()

    # -- the pool's thread ---------------------------------------------------------------------
    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._work, name="tiku-sandbox-pool", daemon=True
            )
            self._thread.start()

    def _next_job(self) -> tuple[SandboxSession | None, tuple[Hashable, SessionFactory] | None]:
        """Under the lock: a sandbox to close, or a kind to start one of, or (None, None)."""
        if self._retired:
            return self._retired.pop(), None
        if self._refill_wanted:
            for kind, factory in self._factories.items():
                if len(self._idle.get(kind, [])) < self.size:
                    return None, (kind, factory)
            self._refill_wanted = False
        return None, None

    def _work(self) -> None:
        while True:
            with self._lock:
                self._busy = False
                while True:
                    retired, start = self._next_job()
                    if self._closing or retired is not None or start is not None:
                        break
                    self._settled.notify_all()
                    self._wake.wait()
                if self._closing:
                    if retired is not None:
                        self._retired.append(retired)
                    self._settled.notify_all()
                    return
                self._busy = True
            if retired is not None:
                try:
                    retired.close()
                except Exception:  # the thread must go on: it closes every later sandbox
                    log.exception("could not close a sandbox")
                continue
            assert start is not None
            kind, factory = start
            session = None
            try:
                session = factory()
                session.start()
            except Exception as exc:
                # The next take starts one itself and reports the error to its judging.
                log.warning("could not start a pooled sandbox (%s): %s", kind, exc)
                if session is not None:
                    session.close()
                with self._lock:
                    self._refill_wanted = False
                continue
            with self._lock:
                if self._closing or self._draining:
                    self._retired.append(session)
                    continue
                self._idle.setdefault(kind, []).append(session)
