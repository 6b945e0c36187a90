"""Fresh sandboxes kept started between judgings: never reused, never handed out dead."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tiku.bank.package import load_package
from tiku.errors import SandboxError
from tiku.judge.engine import Judge, JudgeSettings
from tiku.judge.languages import LanguageRegistry
from tiku.judge.verdict import Verdict
from tiku.sandbox.limits import Limits
from tiku.sandbox.policy import SandboxPolicy
from tiku.sandbox.pool import SandboxPool
from tiku.sandbox.session import RunRequest, SandboxSession

pytestmark = pytest.mark.slow
LIMITS = Limits(cpu_time_s=2.0, wall_time_s=4.0, memory_kib=256 * 1024)
FIXTURES = Path(__file__).parent.parent / "fixtures" / "packages"


def factory() -> SandboxSession:
    return SandboxSession(SandboxPolicy(), "/usr/bin/python3.11")


def run(session: SandboxSession, code: bytes) -> bytes:
    session.put("t.py", code)
    out = session.run(RunRequest(argv=["python3"], python_script="/in/t.py", limits=LIMITS))
    assert out.ok, out.stderr
    return out.stdout


def test_refill_keeps_size_started_sandboxes_and_take_hands_them_out() -> None:
    with SandboxPool(2) as pool:
        first = pool.take("py", factory)  # an empty pool starts one in the caller's thread
        assert first.alive
        pool.retire(first)
        pool.refill()
        assert pool.wait_idle()
        assert pool.idle_count("py") == 2
        assert not first.alive and first._proc is None  # retired: closed
        taken = [pool.take("py", factory) for _ in range(2)]
        assert pool.idle_count("py") == 0
        assert all(s.alive for s in taken)
        # Started by the pool's thread, usable from this one.
        assert run(taken[0], b"print(6 * 7)\n") == b"42\n"
        for session in taken:
            pool.retire(session)
        assert pool.wait_idle()


def test_a_taken_sandbox_never_comes_back() -> None:
    with SandboxPool(1) as pool:
        first = pool.take("py", factory)
        first.put("secret", b"of the first submission")
        assert run(first, b"print(open('/in/secret').read())\n") == b"of the first submission\n"
        pool.retire(first)
        pool.refill()
        assert pool.wait_idle()
        second = pool.take("py", factory)
        assert second is not first and second.in_dir != first.in_dir
        assert run(second, b"import os\nprint(os.path.exists('/in/secret'))\n") == b"False\n"
        pool.retire(second)


def test_a_sandbox_that_died_while_idle_is_not_handed_out() -> None:
    with SandboxPool(1) as pool:
        pool.retire(pool.take("py", factory))
        pool.refill()
        assert pool.wait_idle()
        idle = pool._idle["py"][0]
        assert idle._proc is not None
        os.killpg(idle._proc.pid, signal.SIGKILL)
        idle._proc.wait()
        fresh = pool.take("py", factory)
        assert fresh is not idle and fresh.alive
        pool.retire(fresh)


def test_close_closes_idle_sandboxes_and_refuses_more() -> None:
    pool = SandboxPool(2)
    pool.retire(pool.take("py", factory))
    pool.refill()
    assert pool.wait_idle()
    idle = list(pool._idle["py"])
    pool.close()
    assert all(not s.alive and s._proc is None for s in idle)
    with pytest.raises(SandboxError):
        pool.take("py", factory)


def test_a_pool_of_size_zero_keeps_nothing_and_no_thread() -> None:
    pool = SandboxPool(0)
    session = pool.take("py", factory)
    pool.retire(session)  # closed at once
    assert not session.alive and session._proc is None
    pool.refill()
    assert pool._thread is None and pool.idle_count("py") == 0
    pool.close()


def test_a_kind_that_cannot_start_is_reported_by_take_not_by_the_thread() -> None:
    def broken() -> SandboxSession:
        return SandboxSession(SandboxPolicy(bwrap="/nonexistent/bwrap"), "/usr/bin/python3.11")

    with SandboxPool(2) as pool:
        with pytest.raises(SandboxError):
            pool.take("broken", broken)
        pool.refill()
        assert pool.wait_idle()  # the thread gave up on it and logged why
        assert pool.idle_count("broken") == 0
        with pytest.raises(SandboxError):
            pool.take("broken", broken)


def test_a_pooled_judge_gives_each_judging_fresh_sandboxes() -> None:
    settings = JudgeSettings(warm_sandboxes=2, second_lane_min_tests=2)
    with Judge(settings, LanguageRegistry.load()) as judge:
        package = load_package(FIXTURES / "aplusb")
        assert len(package.tests) >= 2  # two lanes: the judging takes both pooled sandboxes
        language = judge.languages.get("python3")
        source = "a, b = map(int, input().split())\nprint(a + b)\n"
        assert judge.judge(package, source, language).verdict == Verdict.AC
        for _ in range(3):
            assert judge.pool.wait_idle()
            before = list(judge.pool._idle["python3"])
            assert len(before) == 2 and all(s.alive for s in before)
            result = judge.judge(package, source, language, run_all=True)
            assert result.verdict == Verdict.AC, result.message
            assert judge.pool.wait_idle()
            after = judge.pool._idle["python3"]
            assert len(after) == 2 and not set(map(id, after)) & set(map(id, before))
            # Used once, then closed: by the pool's thread, off the judging's path.
            assert all(not s.alive and s._proc is None for s in before)


def test_a_custom_run_takes_a_warm_sandbox_and_the_pool_refills_after_it() -> None:
    with Judge(JudgeSettings(warm_sandboxes=1), LanguageRegistry.load()) as judge:
        language = judge.languages.get("python3")
        first = judge.custom_run(None, "print(input()[::-1])\n", language, b"olleh\n")
        assert first.verdict == "OK" and first.output == "hello\n"
        assert judge.pool.wait_idle() and judge.pool.idle_count("python3") == 1
        warm = judge.pool._idle["python3"][0]
        again = judge.custom_run(None, "print(input()[::-1])\n", language, b"dlrow\n")
        assert again.output == "world\n"
        assert judge.pool.wait_idle() and judge.pool.idle_count("python3") == 1
        assert not warm.alive  # it ran the second one and was closed after it
        assert judge.pool._idle["python3"][0] is not warm


def test_the_pools_thread_survives_a_factory_that_raises() -> None:
    calls: list[int] = []

    def flaky() -> SandboxSession:
        calls.append(1)
        if len(calls) == 2:
            raise ValueError("not a sandbox error")
        return factory()

    with SandboxPool(1) as pool:
        first = pool.take("py", flaky)
        pool.retire(first)
        pool.refill()  # the second call raises, in the pool's thread
        assert pool.wait_idle(timeout_s=10)
        assert pool.idle_count("py") == 0 and not first.alive
        pool.refill()
        assert pool.wait_idle(timeout_s=10) and pool.idle_count("py") == 1
        assert len(calls) == 3


def test_drain_closes_the_idle_sandboxes_and_spares_those_in_use() -> None:
    # What a service stopping without waiting for its judgings does: nothing idle is left
    # behind (no cgroup, no work directory), and a judging still running keeps its sandbox.
    with SandboxPool(2) as pool:
        in_use = pool.take("py", factory)
        pool.refill()
        assert pool.wait_idle() and pool.idle_count("py") == 2
        idle = list(pool._idle["py"])
        pool.drain()
        assert all(not s.alive and s._host_dir is None for s in idle)
        assert in_use.alive and run(in_use, b"print('still here')\n") == b"still here\n"
        pool.refill()
        assert pool.wait_idle() and pool.idle_count("py") == 0
        pool.retire(in_use)
        assert pool.wait_idle() and not in_use.alive
