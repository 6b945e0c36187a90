"""Fixtures of the attack corpus: one host world with canaries, and one real judge for all attacks."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

from tests.security.harness import World, build_world, destroy_world
from tiku.judge.engine import Judge, JudgeSettings
from tiku.judge.languages import LanguageRegistry
from tiku.judge.program import CompileLimits
from tiku.sandbox.policy import SandboxPolicy

# Compilation gets its own, smaller limits here so that compiler bombs end quickly; the project's
# defaults (30 s CPU, 60 s wall) are only longer, not different in kind.
SECURITY_COMPILE_LIMITS = CompileLimits(cpu_time_s=10.0, wall_time_s=20.0)


def require(condition: bool, why: str) -> None:
    """A missing prerequisite fails under CI (CI set) and skips elsewhere."""
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"prerequisite missing under CI: {why}")
    pytest.skip(why)


@pytest.fixture(scope="session")
def world() -> Iterator[World]:
    built = build_world()
    try:
        yield built
    finally:
        destroy_world(built)


@pytest.fixture(scope="session")
def sec_judge() -> Iterator[Judge]:
    require(shutil.which("bwrap") is not None, "bubblewrap (bwrap) is not installed")
    registry = LanguageRegistry.load()
    for lang in ("python3", "cpp17", "java17"):
        require(registry.languages[lang].available, f"language {lang} is not installed")
    policy = SandboxPolicy()
    if os.geteuid() != 0:
        # An unprivileged judge needs a delegated cgroup (see docs/sandbox.md).
        parent = os.environ.get("TIKU_SEC_CGROUP_PARENT")
        require(
            parent is not None, "unprivileged: set TIKU_SEC_CGROUP_PARENT to a delegated cgroup"
        )
        policy = SandboxPolicy(cgroup_parent=parent)
    # Two lanes from two tests on: the packages' tests run in two sandboxes in turn, as a large
    # package's would. Sandboxes kept warm between judgings, as the service keeps them.
    settings = JudgeSettings(
        policy=policy,
        compile_limits=SECURITY_COMPILE_LIMITS,
        second_lane_min_tests=2,
        warm_sandboxes=2,
    )
    with Judge(settings, registry) as judge:
        yield judge
