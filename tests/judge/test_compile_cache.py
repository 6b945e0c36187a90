"""Compiled programs are reused across judgings, and a broken cache only costs a recompile."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiku.bank.package import load_package
from tiku.judge.engine import Judge, JudgeSettings
from tiku.judge.languages import LanguageRegistry
from tiku.judge.verdict import Verdict

pytestmark = pytest.mark.slow


def entries(cache: Path) -> list[Path]:
    return list(cache.rglob("meta.json"))


def test_second_judging_reuses_the_compilation(tmp_path: Path, fixture_package) -> None:
    cache = tmp_path / "cache"
    judge = Judge(JudgeSettings(compile_cache_dir=cache), LanguageRegistry.load())
    package = load_package(fixture_package("design-lru"))
    for name in ("list.cpp", "Lru.java"):
        source = (package.path / "submissions/accepted" / name).read_text()
        language = judge.languages.for_file(name)
        first = judge.judge(package, source, language)
        assert first.verdict == Verdict.AC
    assert len(entries(cache)) == 2
    for meta in entries(cache):  # a damaged entry is detected and compiled again, never run
        (meta.parent / "f0").write_bytes(b"garbage")
    source = (package.path / "submissions/accepted/list.cpp").read_text()
    again = judge.judge(package, source, judge.languages.for_file("list.cpp"))
    assert again.verdict == Verdict.AC
    for meta in entries(cache):
        meta.write_text("not json")
    fresh = judge.judge(package, source, judge.languages.for_file("list.cpp"))
    assert fresh.verdict == Verdict.AC


def test_compile_errors_are_not_cached(tmp_path: Path, fixture_package) -> None:
    cache = tmp_path / "cache"
    judge = Judge(JudgeSettings(compile_cache_dir=cache), LanguageRegistry.load())
    package = load_package(fixture_package("aplusb"))
    result = judge.judge(package, "int main( {", judge.languages.for_file("x.cpp"))
    assert result.verdict == Verdict.CE
    assert entries(cache) == []
