"""A submission's tests, run one at a time in two warm sandboxes in turn.

Only one test's program runs at any moment, so its CPU time is measured alone; what overlaps is the
judge's own work around it. While lane A runs test *k*, lane B already holds test *k+1*'s input
and has its next child forked and set up (see ``supervisor.py``), and the host checks test
*k-1*'s output. When test *k* ends, test *k+1* starts at once in lane B, and lane A cleans up
and forks its next child meanwhile. On a machine with two or more cores that hides most of the
per-test cost that is not the program itself.

The second lane is started in the background once the first has compiled the submission, and is
given the compiled program (never compiled again); until it is ready, lane A runs every test.
Each lane is its own sandbox, so nothing of one lane's tests can reach the other's input.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType

from tiku.bank.package import TestCase
from tiku.errors import JudgeError, SandboxError
from tiku.judge.program import Program
from tiku.sandbox.limits import Limits
from tiku.sandbox.outcome import RunOutcome
from tiku.sandbox.session import PendingRun, SandboxSession

# Fewer tests than this are run in one lane by default: starting a second sandbox would cost
# more than it saves (``JudgeSettings.second_lane_min_tests``).
MIN_TESTS_FOR_SECOND_LANE = 8
# Spawns the second lane's sandbox (in the calling thread) and returns what makes it ready.
SecondLane = Callable[[], Callable[[], Program | None]]
INPUT_NAME = "input"


@dataclass
class _Background:
    """The second lane, being started in a thread."""

    thread: threading.Thread
    result: list[Program | None]


@dataclass
class Lanes:
    """Owns the sandboxes a submission's tests run in. Use it as a context: leaving closes every
    sandbox. The second lane (if any) is spawned once the first test runs, and made ready in the
    background."""

    first: Program
    reprepare: Callable[[], Program]
    release: Callable[[SandboxSession], None] = SandboxSession.close
    spawn_second: SecondLane | None = None
    _lanes: list[Program] = field(default_factory=list)
    _background: _Background | None = None
    _closed: bool = False

    def __enter__(self) -> Lanes:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def outcomes(
        self, tests: Sequence[TestCase], limits: Limits
    ) -> Iterator[tuple[TestCase, RunOutcome]]:
        """Run ``tests`` in order; each outcome is yielded while the next test already runs."""
        if not self._lanes:
            self._lanes = [self.first]
        holds: dict[int, int] = {}  # lane -> index of the test whose input it holds
        # The test before: its lane and run, over (every process of it gone) but not yet read.
        before: tuple[TestCase, Program, PendingRun] | None = None
        turn = 0
        for index, test in enumerate(tests):
            self._adopt_second()
            turn %= len(self._lanes)
            lane = self._lanes[turn]
            if before is not None and before[1] is lane:
                # One lane: its supervisor must answer before it takes the next test.
                yield before[0], lane.session.receive(before[2])
                before = None
            if not lane.session.alive:
                lane = self._replace(turn)
                holds.pop(turn, None)
            if holds.get(turn) != index:
                lane.session.put(INPUT_NAME, test.input_path.read_bytes())
            try:
                pending = lane.session.send(lane.request(INPUT_NAME, limits))
            except SandboxError:
                # It went down just now, before this test started: replace it, start again.
                lane = self._replace(turn)
                lane.session.put(INPUT_NAME, test.input_path.read_bytes())
                pending = lane.session.send(lane.request(INPUT_NAME, limits))
            holds.pop(turn, None)
            if self.spawn_second is not None:
                spawn, self.spawn_second = self.spawn_second, None
                self._start_background(spawn())  # while the first test runs
            if before is not None:
                yield before[0], before[1].session.receive(before[2])  # checked while this runs
                before = None
            following = index + 1
            other = (turn + 1) % len(self._lanes)
            if other != turn and following < len(tests) and self._lanes[other].session.alive:
                # The other lane is idle (its last test is over and every process of it dead).
                self._lanes[other].session.put(INPUT_NAME, tests[following].input_path.read_bytes())
                holds[other] = following
            # As soon as this test's processes are gone the next one may start in the other lane;
            # its outcome is read after that.
            lane.session.wait_done(pending)
            before = (test, lane, pending)
            turn += 1
        if before is not None:
            yield before[0], before[1].session.receive(before[2])

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        background, self._background = self._background, None
        if background is not None:
            background.thread.join()
            self._lanes.extend(p for p in background.result if p is not None)
        for program in self._lanes or [self.first]:
            self.release(program.session)

    # -- helpers ---------------------------------------------------------------------------
    def _replace(self, index: int) -> Program:
        """The last test in this lane killed its sandbox: a fresh one takes its place."""
        self.release(self._lanes[index].session)
        self._lanes[index] = self.reprepare()
        return self._lanes[index]

    def _start_background(self, start: Callable[[], Program | None]) -> None:
        result: list[Program | None] = []

        def run() -> None:
            try:
                result.append(start())
            except (JudgeError, SandboxError, OSError):
                result.append(None)  # one lane it is

        thread = threading.Thread(target=run, name="tiku-second-lane", daemon=True)
        self._background = _Background(thread, result)
        thread.start()

    def _adopt_second(self) -> None:
        background = self._background
        if background is None or background.thread.is_alive():
            return
        self._background = None
        background.thread.join()
        second = background.result[0] if background.result else None
        if second is not None:
            self._lanes.append(second)
