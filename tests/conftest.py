"""Shared fixtures: the small real packages under tests/fixtures and a real judge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tiku.judge.engine import Judge, JudgeSettings
from tiku.judge.languages import LanguageRegistry

FIXTURES = Path(__file__).parent / "fixtures" / "packages"


@pytest.fixture(scope="session")
def judge() -> Judge:
    if shutil.which("bwrap") is None:
        pytest.fail("bubblewrap is required for the end-to-end tests (apt-get install bubblewrap)")
    # Two lanes from two tests on, so that every end-to-end judging runs tests in both.
    return Judge(JudgeSettings(second_lane_min_tests=2), LanguageRegistry.load())


@pytest.fixture
def fixture_package(tmp_path: Path):
    """Copy a fixture package to a temp dir so a test may change it."""

    copies = iter(range(1_000_000))

    def copy(name: str) -> Path:
        target = tmp_path / f"copy{next(copies)}" / name
        shutil.copytree(FIXTURES / name, target)
        return target

    return copy
