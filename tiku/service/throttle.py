"""Login throttling: exponential backoff per account and per client address.

Checked *before* a password is verified, so that while an account (or an address) must wait,
even the right password is refused: guessing cannot go faster than the backoff allows. Each
attempt is counted as a failure when it begins and given back if the password was right, so that
many attempts sent at once cannot all slip through before the first failure is recorded.

With the defaults, an account gets 5 free failures, then each next attempt waits 1 s, 2 s, 4 s
... up to 15 minutes; failures are forgotten after an hour without one, and a successful login
clears its account. An address (all accounts tried from it) gets 20 free failures, so that one
classroom behind one address is not locked out by a few typos; a success gives back only its own
attempt there, so that logging into one's own account does not reset the count of an address
that is guessing other people's passwords.

State is in memory, per process, and bounded (the oldest entries go first when it is full).
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from tiku.service.errors import RateLimited
from tiku.service.settings import Settings

MAX_KEYS = 50_000
THROTTLED = "too many failed logins: wait before trying again"


@dataclass
class _Failures:
    count: int
    last: float  # when the newest failure began (the clock's time)
    until: float  # no attempt before this


class Backoff:
    """Failures per key: after ``free`` of them, each next attempt waits ``base_s * 2**k``."""

    def __init__(self, free: int, base_s: float, max_s: float, forget_s: float) -> None:
        self.free, self.base_s, self.max_s, self.forget_s = free, base_s, max_s, forget_s
        self._entries: dict[str, _Failures] = {}

    def wait_after(self, failures: int) -> float:
        if failures < self.free:
            return 0.0
        return min(self.max_s, self.base_s * 2.0 ** min(failures - self.free, 60))

    def wait_left(self, key: str, now: float) -> float:
        entry = self._current(key, now)
        return max(0.0, entry.until - now) if entry else 0.0

    def fail(self, key: str, now: float) -> None:
        entry = self._current(key, now) or _Failures(0, now, now)
        entry.count += 1
        entry.last = now
        entry.until = now + self.wait_after(entry.count)
        self._entries[key] = entry
        if len(self._entries) > MAX_KEYS:
            self._prune(now)

    def give_back(self, key: str, now: float) -> None:
        """One failure counted by ``fail`` was not one after all."""
        entry = self._current(key, now)
        if entry is None:
            return
        entry.count -= 1
        if entry.count <= 0:
            del self._entries[key]
        else:
            entry.until = entry.last + self.wait_after(entry.count)

    def clear(self, key: str) -> None:
        self._entries.pop(key, None)

    def _current(self, key: str, now: float) -> _Failures | None:
        entry = self._entries.get(key)
        if entry is not None and now - entry.last > self.forget_s and now >= entry.until:
            del self._entries[key]
            return None
        return entry

    def _prune(self, now: float) -> None:
        for key in list(self._entries):
            self._current(key, now)
        if len(self._entries) > MAX_KEYS:
            oldest = sorted(self._entries, key=lambda k: self._entries[k].last)
            for key in oldest[: len(oldest) - MAX_KEYS // 2]:
                del self._entries[key]


class LoginThrottle:
    """The two backoffs a login (or a password check) goes through; thread-safe."""

    def __init__(self, settings: Settings, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        base, top, forget = (
            settings.login_backoff_base_s,
            settings.login_backoff_max_s,
            settings.login_failures_forgotten_s,
        )
        self.accounts = Backoff(settings.login_free_failures, base, top, forget)
        self.addresses = Backoff(settings.login_free_failures_per_address, base, top, forget)
        self._lock = threading.Lock()

    def begin(self, username: str, address: str = "") -> None:
        """Refuse the attempt (``RateLimited``) while the account or the address must wait,
        else count it as a failure until ``succeeded`` says otherwise."""
        account = username.lower()
        with self._lock:
            now = self.clock()
            wait = self.accounts.wait_left(account, now)
            if address:
                wait = max(wait, self.addresses.wait_left(address, now))
            if wait > 0:
                raise RateLimited(THROTTLED, wait)
            self.accounts.fail(account, now)
            if address:
                self.addresses.fail(address, now)

    def succeeded(self, username: str, address: str = "") -> None:
        with self._lock:
            self.accounts.clear(username.lower())
            if address:
                self.addresses.give_back(address, self.clock())


def address_key(host: str | None) -> str:
    """The key of a client address: itself for IPv4, its /64 network for IPv6 (a single host
    usually holds a whole /64, so per-address limits would otherwise not bind)."""
    if not host:
        return ""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host[:64]
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is None:
        return str(ipaddress.IPv6Network(f"{ip}/64", strict=False))
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip)
