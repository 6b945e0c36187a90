"""Tests for tiku.concepts.two_phase_commit: votes, crashes at every step, recovery from logs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tiku.concepts.two_phase_commit import (
    Coordinator,
    Decision,
    Participant,
    TxStatus,
    WriteAheadLog,
)

NAMES = ("bank-a", "bank-b", "ledger")
WRITES = {
    "bank-a": {"alice": "90"},
    "bank-b": {"bob": "110"},
    "ledger": {"tx-1": "alice->bob:10"},
}
REPO_ROOT = Path(__file__).resolve().parents[2]


class SimulatedCrash(Exception):
    pass


def crash_at(point: str) -> Callable[[str], None]:
    def hook(current: str) -> None:
        if current == point:
            raise SimulatedCrash(point)

    return hook


def start(
    log_dir: Path, hook: Callable[[str], None] | None = None
) -> tuple[Coordinator, dict[str, Participant]]:
    participants = {n: Participant(n, log_dir) for n in NAMES}
    return Coordinator(log_dir, participants, crash_hook=hook), participants


def restart(log_dir: Path) -> tuple[Coordinator, dict[str, Participant]]:
    """Every process restarts from its log only."""
    return start(log_dir)


def test_all_yes_commits(tmp_path: Path) -> None:
    coordinator, parts = start(tmp_path)
    assert coordinator.execute("tx-1", WRITES) is Decision.COMMIT
    assert parts["bank-a"].data == {"alice": "90"}
    _, again = restart(tmp_path)
    assert again["ledger"].data == {"tx-1": "alice->bob:10"}  # durable


def test_a_no_vote_forces_abort_everywhere(tmp_path: Path) -> None:
    participants = {n: Participant(n, tmp_path) for n in NAMES}
    participants["ledger"] = Participant(
        "ledger", tmp_path, validate=lambda writes: "alice" not in writes["tx-1"]
    )
    coordinator = Coordinator(tmp_path, participants)
    assert coordinator.execute("tx-1", WRITES) is Decision.ABORT
    assert all(p.status["tx-1"] is TxStatus.ABORTED for p in participants.values())
    assert all(p.data == {} for p in participants.values())


def test_prepared_keys_are_locked_until_decision(tmp_path: Path) -> None:
    part = Participant("bank-a", tmp_path)
    assert part.prepare("tx-1", {"alice": "90"})
    assert not part.prepare("tx-2", {"alice": "0"})  # conflicting prepare votes no
    part.commit("tx-1")
    assert part.prepare("tx-3", {"alice": "80"})


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        ("after_begin", Decision.ABORT),
        ("after_prepare:bank-b", Decision.ABORT),  # crashed between two prepares
        ("after_prepare", Decision.ABORT),  # everyone voted yes, no decision logged
        ("after_decision", Decision.COMMIT),  # decision durable, nobody told yet
        ("after_send:bank-a", Decision.COMMIT),  # one participant already committed
    ],
)
def test_coordinator_crash_then_recovery_agrees(
    tmp_path: Path, point: str, expected: Decision
) -> None:
    coordinator, parts = start(tmp_path, crash_at(point))
    with pytest.raises(SimulatedCrash):
        coordinator.execute("tx-1", WRITES)
    if point == "after_prepare":
        assert all(p.in_doubt() == ["tx-1"] for p in parts.values())  # blocked, holding locks

    coordinator2, parts2 = restart(tmp_path)
    assert coordinator2.recover() == {"tx-1": expected}
    final = {p.status.get("tx-1") for p in parts2.values()}
    assert final == {TxStatus.COMMITTED if expected is Decision.COMMIT else TxStatus.ABORTED}
    committed = expected is Decision.COMMIT
    assert (parts2["bank-b"].data == {"bob": "110"}) is committed
    assert coordinator2.recover() == {}  # nothing left to do
    _, parts3 = restart(tmp_path)
    assert all(p.in_doubt() == [] for p in parts3.values())


def test_in_doubt_participant_asks_the_coordinator(tmp_path: Path) -> None:
    coordinator, _ = start(tmp_path, crash_at("after_send:bank-a"))
    with pytest.raises(SimulatedCrash):
        coordinator.execute("tx-1", WRITES)
    # bank-b restarts first and resolves by asking; the log says commit.
    coordinator2, parts = restart(tmp_path)
    assert parts["bank-b"].in_doubt() == ["tx-1"]
    parts["bank-b"].resolve_in_doubt(coordinator2)
    assert parts["bank-b"].status["tx-1"] is TxStatus.COMMITTED
    assert coordinator2.decision_for("unknown-tx") is Decision.ABORT  # presumed abort


def test_torn_log_tail_is_discarded(tmp_path: Path) -> None:
    log = WriteAheadLog(tmp_path / "x.wal")
    log.append({"type": "begin", "txid": "t"})
    with open(tmp_path / "x.wal", "ab") as f:
        f.write(b'{"type": "deci')  # the process died mid-write
    reopened = WriteAheadLog(tmp_path / "x.wal")
    assert reopened.records() == [{"type": "begin", "txid": "t"}]
    reopened.append({"type": "end", "txid": "t"})
    assert len(WriteAheadLog(tmp_path / "x.wal").records()) == 2


_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from tiku.concepts.two_phase_commit import Coordinator, Participant

    log_dir = Path(sys.argv[1])
    point = sys.argv[2]
    names = ("bank-a", "bank-b", "ledger")
    writes = {n: {"k-" + n: "v"} for n in names}

    def hook(current):
        if current == point:
            print("reached", flush=True)
            time.sleep(60)  # wait here to be SIGKILLed

    parts = {n: Participant(n, log_dir) for n in names}
    Coordinator(log_dir, parts, crash_hook=hook).execute("tx-9", writes)
    """
)


@pytest.mark.parametrize(
    ("point", "expected"),
    [("after_prepare", Decision.ABORT), ("after_send:bank-a", Decision.COMMIT)],
)
def test_sigkill_of_real_process_then_recovery(
    tmp_path: Path, point: str, expected: Decision
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(tmp_path), point],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"reached"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()

    coordinator, parts = restart(tmp_path)
    assert coordinator.recover() == {"tx-9": expected}
    wanted = TxStatus.COMMITTED if expected is Decision.COMMIT else TxStatus.ABORTED
    assert all(p.status["tx-9"] is wanted for p in parts.values())
