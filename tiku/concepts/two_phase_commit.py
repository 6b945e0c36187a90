"""Two-phase commit with durable write-ahead logs and crash recovery.

Roles: one ``Coordinator`` and several ``Participant`` s (each a small key/value store). Every
state change is appended to a per-process write-ahead log (JSON lines, ``fsync`` ed) *before* it
is acted on or acknowledged, so any process can be killed at any point and rebuild its state by
replaying its log.

Protocol (presumed abort):

1. Coordinator logs ``begin`` (the participant list).
2. Phase 1: it sends ``prepare(writes)``. A participant that can commit locks the keys, logs
   ``prepared`` *with the writes* and votes yes — from then on it must be able to commit even
   after a crash, and may not decide on its own. Otherwise it logs ``aborted`` and votes no.
3. The coordinator logs the ``decision``: commit only if every vote was yes. This fsync is the
   commit point of the whole transaction.
4. Phase 2: it sends the decision to everyone (idempotent, retried), then logs ``end``.

Recovery (``Coordinator.recover``): a transaction with ``begin`` but no ``decision`` is aborted
(nobody can have been told to commit); one with a decision but no ``end`` has its decision
re-sent. A participant that restarts with a ``prepared`` transaction is *in doubt* and asks the
coordinator (``resolve_in_doubt``); the coordinator answers from its log, and "no record" means
abort.

Trade-offs: 2PC is blocking — while the coordinator is down, prepared participants hold their
locks and cannot decide (3PC, or running the coordinator's log on a consensus group as Spanner
does, removes that). Latency is two round trips plus two forced log writes. Sagas and the
outbox pattern avoid the locks at the price of visible intermediate states and compensations.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

__all__ = [
    "Coordinator",
    "Decision",
    "Participant",
    "TxStatus",
    "WriteAheadLog",
]

Writes = dict[str, str]
CrashHook = Callable[[str], None]


class Decision(StrEnum):
    COMMIT = "commit"
    ABORT = "abort"


class TxStatus(StrEnum):
    PREPARED = "prepared"
    COMMITTED = "committed"
    ABORTED = "aborted"


class WriteAheadLog:
    """Append-only JSON-lines file; each append is fsynced before returning."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._records = self._load_and_repair()

    def _load_and_repair(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        raw = self.path.read_bytes()
        records: list[dict[str, Any]] = []
        good_length = 0
        for line in raw.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break  # torn final write from a crash: the append never completed
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                break
            good_length += len(line)
        if good_length != len(raw):
            with open(self.path, "r+b") as f:
                f.truncate(good_length)
                os.fsync(f.fileno())
        return records

    def append(self, record: Mapping[str, Any]) -> None:
        line = json.dumps(record, sort_keys=True).encode() + b"\n"
        with open(self.path, "ab") as f:
            f.write(line)
            f.flush()
            os.fsync(f.fileno())
        self._records.append(dict(record))

    def records(self) -> list[dict[str, Any]]:
        return list(self._records)


class Participant:
    """A resource manager: a key/value store whose state is its replayed log."""

    def __init__(
        self,
        name: str,
        log_dir: Path,
        *,
        validate: Callable[[Writes], bool] | None = None,
    ) -> None:
        self.name = name
        self._validate = validate
        self.log = WriteAheadLog(log_dir / f"participant-{name}.wal")
        self.data: dict[str, str] = {}
        self.status: dict[str, TxStatus] = {}
        self._pending: dict[str, Writes] = {}
        self._locks: dict[str, str] = {}  # key -> txid holding it
        for record in self.log.records():
            self._apply(record)

    def _apply(self, record: Mapping[str, Any]) -> None:
        txid = record["txid"]
        kind = TxStatus(record["type"])
        self.status[txid] = kind
        if kind is TxStatus.PREPARED:
            writes: Writes = record["writes"]
            self._pending[txid] = writes
            for key in writes:
                self._locks[key] = txid
        else:
            writes = self._pending.pop(txid, {})
            for key in writes:
                self._locks.pop(key, None)
            if kind is TxStatus.COMMITTED:
                self.data.update(writes)

    def _log(self, txid: str, kind: TxStatus, writes: Writes | None = None) -> None:
        record: dict[str, Any] = {"type": kind.value, "txid": txid}
        if writes is not None:
            record["writes"] = writes
        self.log.append(record)  # durable first...
        self._apply(record)  # ...then visible

    def prepare(self, txid: str, writes: Writes) -> bool:
        """Phase 1. Returns the vote; a yes vote is a durable promise to commit if asked."""
        current = self.status.get(txid)
        if current is not None:
            return current is not TxStatus.ABORTED
        conflict = any(self._locks.get(key, txid) != txid for key in writes)
        if conflict or (self._validate is not None and not self._validate(writes)):
            self._log(txid, TxStatus.ABORTED)
            return False
        self._log(txid, TxStatus.PREPARED, dict(writes))
        return True

    def commit(self, txid: str) -> None:
        current = self.status.get(txid)
        if current is TxStatus.COMMITTED:
            return  # idempotent: phase 2 may be re-sent after a coordinator crash
        if current is not TxStatus.PREPARED:
            raise RuntimeError(f"{self.name}: commit of {txid} in state {current}")
        self._log(txid, TxStatus.COMMITTED)

    def abort(self, txid: str) -> None:
        current = self.status.get(txid)
        if current is TxStatus.ABORTED:
            return
        if current is TxStatus.COMMITTED:
            raise RuntimeError(f"{self.name}: abort of committed {txid}")
        self._log(txid, TxStatus.ABORTED)

    def in_doubt(self) -> list[str]:
        return [t for t, s in self.status.items() if s is TxStatus.PREPARED]

    def resolve_in_doubt(self, coordinator: Coordinator) -> None:
        """After a restart, ask the coordinator about every prepared transaction."""
        for txid in self.in_doubt():
            if coordinator.decision_for(txid) is Decision.COMMIT:
                self.commit(txid)
            else:
                self.abort(txid)


class Coordinator:
    """Runs transactions across ``participants``; ``crash_hook(point)`` lets tests crash it."""

    def __init__(
        self,
        log_dir: Path,
        participants: Mapping[str, Participant],
        *,
        crash_hook: CrashHook | None = None,
    ) -> None:
        self.log = WriteAheadLog(log_dir / "coordinator.wal")
        self.participants = dict(participants)
        self._hook: CrashHook = crash_hook if crash_hook is not None else (lambda _point: None)

    def execute(self, txid: str, writes: Mapping[str, Writes]) -> Decision:
        names = sorted(writes)
        unknown = set(names) - set(self.participants)
        if unknown:
            raise KeyError(f"unknown participants: {sorted(unknown)}")
        self.log.append({"type": "begin", "txid": txid, "participants": names})
        self._hook("after_begin")
        votes = []
        for name in names:
            try:
                vote = self.participants[name].prepare(txid, writes[name])
            except Exception:  # an unreachable participant counts as a no vote
                vote = False
            votes.append(vote)
            self._hook(f"after_prepare:{name}")
            if not vote:
                break  # no need to ask the others; they will be told to abort
        self._hook("after_prepare")
        decision = Decision.COMMIT if len(votes) == len(names) and all(votes) else Decision.ABORT
        self.log.append({"type": "decision", "txid": txid, "decision": decision.value})
        self._hook("after_decision")
        self._send(txid, names, decision)
        self.log.append({"type": "end", "txid": txid})
        return decision

    def _send(self, txid: str, names: list[str], decision: Decision) -> None:
        for name in names:
            participant = self.participants[name]
            if decision is Decision.COMMIT:
                participant.commit(txid)
            else:
                participant.abort(txid)
            self._hook(f"after_send:{name}")

    def _state(self) -> dict[str, dict[str, Any]]:
        txs: dict[str, dict[str, Any]] = {}
        for record in self.log.records():
            tx = txs.setdefault(record["txid"], {})
            if record["type"] == "begin":
                tx["participants"] = record["participants"]
            elif record["type"] == "decision":
                tx["decision"] = Decision(record["decision"])
            elif record["type"] == "end":
                tx["end"] = True
        return txs

    def decision_for(self, txid: str) -> Decision:
        """Answer an in-doubt participant. No decision logged means abort (presumed abort)."""
        decision = self._state().get(txid, {}).get("decision")
        return decision if isinstance(decision, Decision) else Decision.ABORT

    def recover(self) -> dict[str, Decision]:
        """Finish every transaction the log shows as unfinished; return what was decided."""
        finished: dict[str, Decision] = {}
        for txid, tx in self._state().items():
            if tx.get("end"):
                continue
            decision = tx.get("decision")
            if not isinstance(decision, Decision):
                decision = Decision.ABORT
                self.log.append({"type": "decision", "txid": txid, "decision": decision.value})
            names = [n for n in tx.get("participants", []) if n in self.participants]
            for name in names:
                participant = self.participants[name]
                if decision is Decision.COMMIT:
                    participant.commit(txid)
                else:  # also marks it aborted where no prepare arrived: a late one is refused
                    participant.abort(txid)
            self.log.append({"type": "end", "txid": txid})
            finished[txid] = decision
        return finished
