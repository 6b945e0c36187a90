"""What languages precompile (g++'s headers, javac's class archive): built once, on the host,
seen read-only in the sandbox, used by the sandboxed compiler."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tiku.bank.package import load_package
from tiku.judge.engine import Judge, JudgeSettings
from tiku.judge.languages import Language, LanguageRegistry
from tiku.judge.precompiled import (
    ARCHIVE_NAME,
    DONE_MARK,
    Precompiled,
    _locate,
    header_flags,
)
from tiku.judge.verdict import Verdict
from tiku.sandbox.limits import Limits
from tiku.sandbox.session import RunRequest

FIXTURES = Path(__file__).parent.parent / "fixtures" / "packages"
STDCPP = "#include <bits/stdc++.h>\nusing namespace std;\n"
SUM = STDCPP + "int main() { long long a, b; cin >> a >> b; cout << a + b << endl; }\n"


def test_header_flags_are_the_compile_flags_without_output_source_or_libraries() -> None:
    registry = LanguageRegistry.load()
    assert header_flags(registry.languages["cpp17"]) == [
        "-std=gnu++17",
        "-O2",
        "-pipe",
        "-fdiagnostics-color=never",
    ]
    assert "-lm" not in header_flags(registry.languages["c11"])


@pytest.fixture(scope="module")
def headers_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Under /tmp on purpose: the sandbox has a /tmp of its own, so the headers must be mounted
    # elsewhere inside (/precompiled) to be seen.
    return tmp_path_factory.mktemp("pch") / "headers"


@pytest.fixture(scope="module")
def pch_judge(headers_dir: Path) -> Judge:
    return Judge(JudgeSettings(precompiled_dir=headers_dir), LanguageRegistry.load())


@pytest.mark.slow
def test_built_once_and_found_again(pch_judge: Judge, headers_dir: Path) -> None:
    cpp = pch_judge.languages.get("cpp17")
    [built] = pch_judge.precompiled_dirs(cpp)
    gch = Path(built) / "bits" / "stdc++.h.gch"
    assert gch.is_file() and (Path(built) / DONE_MARK).is_file()
    header = Path(built) / "bits" / "stdc++.h"
    original = _locate(cpp.interpreter or "", header_flags(cpp), "c++-header", "bits/stdc++.h")
    assert header.read_bytes() == original.read_bytes()
    assert oct(gch.stat().st_mode & 0o777) == "0o644"  # readable by the sandboxes' host user
    stamp = gch.stat().st_mtime_ns
    # Another judge (another process would do the same) finds it and builds nothing.
    again = Precompiled(headers_dir).directory(cpp)
    assert again == Path(built) and gch.stat().st_mtime_ns == stamp
    assert not [p for p in headers_dir.iterdir() if ".building-" in p.name]
    # Python precompiles nothing.
    assert pch_judge.precompiled_dirs(pch_judge.languages.get("python3")) == []


@pytest.mark.slow
def test_the_sandboxed_compiler_uses_it(pch_judge: Judge) -> None:
    cpp = pch_judge.languages.get("cpp17")
    program, compiled = pch_judge.prepare(None, SUM, cpp)
    try:
        assert compiled.ok, compiled.output
        assert program.precompiled_dirs == ["/precompiled/0"]
        session = program.session
        session.put("t.cpp", STDCPP.encode() + b"int main() {}\n")
        argv = ["/usr/bin/g++", "-I", "/precompiled/0", *header_flags(cpp)]
        argv += ["-Winvalid-pch", "-H", "-o", "/box/t", "/in/t.cpp"]
        limits = Limits(cpu_time_s=30, wall_time_s=60, memory_kib=2 * 1024 * 1024)
        outcome = session.run(RunRequest(argv=argv, limits=limits, cwd="/box"))
        assert outcome.ok, outcome.stderr[-2000:]
        # -H marks a precompiled header it used with "!"; it would list the header's own tree
        # (and -Winvalid-pch warn) had it read the header instead.
        first = outcome.stderr.decode().splitlines()[0]
        assert first == "! /precompiled/0/bits/stdc++.h.gch"
        # The same for a source whose first include is <iostream>.
        session.put("s.cpp", b"#include <iostream>\nint main() { std::cout << 1; }\n")
        outcome = session.run(RunRequest(argv=[*argv[:-1], "/in/s.cpp"], limits=limits, cwd="/box"))
        assert outcome.ok, outcome.stderr[-2000:]
        assert outcome.stderr.decode().splitlines()[0] == "! /precompiled/0/iostream.gch"
    finally:
        pch_judge.release(program.session)


def assert_verdicts_unchanged(
    judge: Judge, language: Language, right: str, wrong: str, broken: str
) -> None:
    """A+B judged AC, WA and CE with what the language precompiled, as without it."""
    package = load_package(FIXTURES / "aplusb")
    assert judge.judge(package, right, language, run_all=True).verdict == Verdict.AC
    assert judge.judge(package, wrong, language).verdict == Verdict.WA
    result = judge.judge(package, broken, language)
    assert result.verdict == Verdict.CE and "error" in result.compile_output


@pytest.mark.slow
def test_submissions_are_judged_the_same_with_it(pch_judge: Judge) -> None:
    cpp = pch_judge.languages.get("cpp17")
    wrong = SUM.replace("a + b", "a - b")
    assert_verdicts_unchanged(pch_judge, cpp, SUM, wrong, STDCPP + "int main( {\n")
    package = load_package(FIXTURES / "aplusb")
    # Included twice, or after another header (the .gch serves only a first include): g++ then
    # reads the header, which must be found where it found the .gch.
    twice = STDCPP + SUM
    assert pch_judge.judge(package, twice, cpp).verdict == Verdict.AC
    later = "#include <cstdio>\n" + SUM
    assert pch_judge.judge(package, later, cpp).verdict == Verdict.AC
    streams = "#include <iostream>\n#include <iostream>\n#include <bits/stdc++.h>\n" + SUM
    assert pch_judge.judge(package, streams, cpp).verdict == Verdict.AC


def test_a_header_that_cannot_be_built_leaves_compilations_as_they_were(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cpp = LanguageRegistry.load().languages["cpp17"]
    failing = Language(cpp.id, cpp.spec, interpreter="/bin/false")
    with caplog.at_level(logging.WARNING):
        assert Precompiled(tmp_path / "headers").directory(failing) is None
    assert "nothing precompiled for cpp17" in caplog.text
    assert not (tmp_path / "headers").exists() or not any(
        p.is_dir() for p in (tmp_path / "headers").iterdir()
    )


def test_the_judge_without_a_folder_precompiles_nothing() -> None:
    judge = Judge(JudgeSettings(), LanguageRegistry.load())
    assert judge.precompiled is None
    assert judge.precompiled_dirs(judge.languages.languages["cpp17"]) == []


JAVA_SUM = (
    "import java.util.*;\npublic class Main { public static void main(String[] a) {"
    " Scanner s = new Scanner(System.in); System.out.println(s.nextLong() + s.nextLong()); } }\n"
)


@pytest.mark.slow
def test_the_sandboxed_java_compiler_loads_its_classes_from_the_archive(pch_judge: Judge) -> None:
    java = pch_judge.languages.get("java17")
    [built] = pch_judge.precompiled_dirs(java)
    assert (Path(built) / ARCHIVE_NAME).is_file() and (Path(built) / DONE_MARK).is_file()
    program, compiled = pch_judge.prepare(None, JAVA_SUM, java)
    try:
        assert compiled.ok, compiled.output
        assert program.precompiled_dirs == ["/precompiled/0"]
        session = program.session
        session.put("T.java", b"class T {}\n")
        archive = f"/precompiled/0/{ARCHIVE_NAME}"
        compile_argv = java.expand(list(java.spec.compile or []), src="/in/T.java")
        argv = [compile_argv[0], f"-J-XX:SharedArchiveFile={archive}", "-J-Xlog:class+load=info"]
        argv += compile_argv[1:]
        limits = pch_judge.settings.compile_limits.limits(java)
        outcome = session.run(RunRequest(argv=argv, limits=limits, cwd="/box"))
        assert outcome.ok, outcome.stderr[-2000:]
        # The JVM names where each class came from; javac's own come from the archive built on
        # the host ("top" layer), not from the JDK's module image ("jrt:/jdk.compiler").
        loaded = [
            line for line in outcome.stdout.decode().splitlines() if "com.sun.tools.javac." in line
        ]
        assert loaded and all("shared objects file (top)" in line for line in loaded[:50])
    finally:
        pch_judge.release(program.session)


@pytest.mark.slow
def test_java_submissions_are_judged_the_same_with_it(pch_judge: Judge) -> None:
    java = pch_judge.languages.get("java17")
    wrong = JAVA_SUM.replace("s.nextLong() + s.nextLong()", "s.nextLong() - s.nextLong()")
    broken = JAVA_SUM.replace("println(", "println((")
    assert_verdicts_unchanged(pch_judge, java, JAVA_SUM, wrong, broken)


def test_an_archive_that_does_not_work_is_not_published(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    java = LanguageRegistry.load().languages["java17"]
    archive = java.spec.compiler_class_archive
    assert archive is not None
    # The JVM rejects the "use" argument: the check compilation fails, nothing is published,
    # and compilations go on without an archive.
    spec = java.spec.model_copy(
        update={"compiler_class_archive": archive.model_copy(update={"use": "-J-XX:NoSuchFlag"})}
    )
    broken = Language(java.id, spec, java.interpreter)
    with caplog.at_level(logging.WARNING):
        assert Precompiled(tmp_path / "pre").directory(broken) is None
    assert "nothing precompiled for java17" in caplog.text
    assert not any(p.is_dir() for p in (tmp_path / "pre").iterdir())
