"""Tests alternate between two sandboxes, one at a time, in order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tiku.bank.package import TestCase as Case
from tiku.bank.package import load_package
from tiku.judge.engine import Judge
from tiku.judge.lanes import Lanes
from tiku.judge.verdict import Verdict
from tiku.sandbox.limits import Limits

pytestmark = pytest.mark.slow
LIMITS = Limits(cpu_time_s=2.0, wall_time_s=4.0, memory_kib=256 * 1024)
# Prints which sandbox it ran in (each lane's /in is its own host directory) and its input.
WHERE = "import os\nprint(os.stat('/in').st_ino, input())\n"


def cases(tmp_path: Path, count: int) -> list[Case]:
    made = []
    for i in range(count):
        (tmp_path / f"{i}.in").write_text(f"{i}\n")
        (tmp_path / f"{i}.ans").write_text(f"{i}\n")
        made.append(Case(f"t{i}", tmp_path / f"{i}.in", tmp_path / f"{i}.ans", sample=False))
    return made


def lanes_for(judge: Judge, tests: int) -> Lanes:
    language = judge.languages.get("python3")
    program, compiled = judge.prepare(None, WHERE, language)
    assert compiled.ok
    second = [] if tests < 2 else [judge.open_sandbox(language)]
    return Lanes(
        program,
        reprepare=lambda: judge._reprepare(None, WHERE, language),
        spawn_second=judge._second_lane(program, second),
    )


def test_tests_alternate_between_two_sandboxes_in_order(judge: Judge, tmp_path: Path) -> None:
    tests = cases(tmp_path, 16)
    with lanes_for(judge, len(tests)) as lanes:
        seen = [(t.name, o.stdout.split()) for t, o in lanes.outcomes(tests, LIMITS)]
    assert [name for name, _ in seen] == [t.name for t in tests]
    assert [int(words[1]) for _, words in seen] == list(range(16))
    sandboxes = [words[0] for _, words in seen]
    assert len(set(sandboxes)) == 2
    # Once the second lane is up, consecutive tests never share a sandbox.
    second = next(i for i, s in enumerate(sandboxes) if s != sandboxes[0])
    assert all(a != b for a, b in zip(sandboxes[second:], sandboxes[second + 1 :], strict=False))


def test_a_dead_lane_is_replaced(judge: Judge, tmp_path: Path) -> None:
    tests = cases(tmp_path, 12)
    with lanes_for(judge, len(tests)) as lanes:
        outcomes = []
        for test, outcome in lanes.outcomes(tests, LIMITS):
            outcomes.append((test.name, outcome))
            if len(outcomes) == 4:
                for lane in lanes._lanes:  # the host loses both sandboxes between two tests
                    assert lane.session._proc is not None
                    lane.session._proc.kill()  # not waited for: it may look alive a moment longer
    assert [name for name, _ in outcomes] == [t.name for t in tests]
    # The tests in flight or sent as the sandboxes went are reported as such; every later test runs.
    later = [o for name, o in outcomes[6:]]
    assert all(o.ok for o in later)
    assert [int(o.stdout.split()[1]) for o in later] == list(range(6, 12))


def test_stop_at_first_failure_with_two_lanes(judge: Judge, fixture_package) -> None:
    package = load_package(fixture_package("aplusb"))
    python = judge.languages.get("python3")
    # Wrong on the fourth test only (secret/03).
    wrong = "a, b = map(int, input().split())\nprint(0 if a == 713535165191547 else a + b)\n"
    first = judge.judge(package, wrong, python)
    every = judge.judge(package, wrong, python, run_all=True)
    assert [t.verdict for t in every.tests].count(Verdict.WA) == 1
    assert first.verdict == every.verdict == Verdict.WA
    assert [t.name for t in every.tests] == [t.name for t in package.tests]
    assert [t.name for t in first.tests] == [t.name for t in package.tests][:4]


def _bwrap_children() -> set[int]:
    mine = str(os.getpid())
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        if comm == "bwrap" and fields[1] == mine and fields[0] != "Z":
            found.add(int(entry))
    return found


def test_the_second_sandbox_started_ahead_is_closed_whatever_the_outcome(
    judge: Judge, fixture_package
) -> None:
    package = load_package(fixture_package("aplusb"))
    assert len(package.tests) >= judge.settings.second_lane_min_tests
    language = judge.languages.get("python3")
    before = _bwrap_children()
    # Started while the first sandbox compiles; a submission that does not compile never uses it.
    assert judge.judge(package, "def f(:\n", language).verdict == Verdict.CE
    assert _bwrap_children() == before
    # One that fails its first test never reaches the second lane either.
    assert judge.judge(package, "print(0)\n", language).verdict == Verdict.WA
    assert _bwrap_children() == before
    ok = "a, b = map(int, input().split())\nprint(a + b)\n"
    assert judge.judge(package, ok, language, run_all=True).verdict == Verdict.AC
    assert _bwrap_children() == before
