"""End to end: real packages, the real sandbox, every verdict, every kind, every language."""

from __future__ import annotations

import pytest

from tiku.bank.package import load_package
from tiku.judge.engine import Judge
from tiku.judge.verdict import Verdict
from tiku.judge.verify import Verifier

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "name", ["aplusb", "fn-two-sum", "design-lru", "custom-validator", "float-tol"]
)
def test_verify_fixture_packages(judge: Judge, fixture_package, name: str) -> None:
    report = Verifier(judge).verify(load_package(fixture_package(name)))
    bad = [(s.path, s.expected, s.got, s.message) for s in report.submissions if not s.ok]
    assert report.submissions and not bad


def test_legacy_time_limit_is_inferred(judge: Judge, fixture_package) -> None:
    report = Verifier(judge).verify(load_package(fixture_package("aplusb")))
    assert report.time_limit_inferred
    assert report.time_limit_s == 1.0  # ceil(slowest accepted * 5) with a 1 s resolution


def judge_source(judge: Judge, package_name: str, fixture_package, source: str, ext: str, **kwargs):
    package = load_package(fixture_package(package_name))
    return judge.judge(package, source, judge.languages.for_file(f"x.{ext}"), **kwargs)


def test_compile_error_is_ce_and_truncated(judge: Judge, fixture_package) -> None:
    result = judge_source(judge, "aplusb", fixture_package, "int main( {", "cpp")
    assert result.verdict == Verdict.CE
    assert "error" in result.compile_output and result.tests == []
    py = judge_source(judge, "aplusb", fixture_package, "def f(:\n", "py")
    assert py.verdict == Verdict.CE and "SyntaxError" in py.compile_output


def test_all_runs_every_test(judge: Judge, fixture_package) -> None:
    wrong = "print(0)\n"
    first = judge_source(judge, "aplusb", fixture_package, wrong, "py")
    every = judge_source(judge, "aplusb", fixture_package, wrong, "py", run_all=True)
    assert first.verdict == every.verdict == Verdict.WA
    assert "expected" in first.message  # the first test is a sample: its answer may be shown
    assert len(first.tests) == 1 and len(every.tests) == 6


def test_per_test_measurements(judge: Judge, fixture_package) -> None:
    src = "x = bytearray(64 * 1024 * 1024)\nfor i in range(3 * 10**6): pass\nprint(sum(map(int, input().split())))\n"
    result = judge_source(judge, "aplusb", fixture_package, src, "py", time_limit_s=5.0)
    assert result.verdict == Verdict.AC
    for test in result.tests:
        assert test.memory_kib > 64 * 1024
        assert 0.01 < test.time_s < 5.0 and test.wall_s >= test.time_s * 0.5


def test_deep_recursion_that_fits_in_memory_passes(judge: Judge, fixture_package) -> None:
    src = (
        "import sys\nsys.setrecursionlimit(10**6)\n"
        "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n"
        "a, b = map(int, input().split())\ndepth(200000)\nprint(a + b)\n"
    )
    assert (
        judge_source(judge, "aplusb", fixture_package, src, "py", time_limit_s=5.0).verdict
        == Verdict.AC
    )
    cpp = (
        "#include <bits/stdc++.h>\nlong long d(long long n){return n==0?0:1+d(n-1);}\n"
        "int main(){volatile long long n=3000000; long long a,b; std::cin>>a>>b;"
        ' if(d(n)!=n) return 1; std::cout<<a+b<<"\\n";}\n'
    )
    assert (
        judge_source(judge, "aplusb", fixture_package, cpp, "cpp", time_limit_s=5.0).verdict
        == Verdict.AC
    )


@pytest.mark.parametrize(
    ("source", "ext", "verdict"),
    [
        ("int main(){ int *p = 0; *p = 1; }", "cpp", Verdict.RTE),
        ("int main(){ return 3; }", "cpp", Verdict.RTE),
        (
            "#include <vector>\nint main(){ std::vector<char> v; while(true) v.resize(v.size()+(1<<24), 1); }",
            "cpp",
            Verdict.MLE,
        ),
        ("int main(){ while(true); }", "cpp", Verdict.TLE),
        ('#include <cstdio>\nint main(){ for(;;) puts("spam spam spam"); }', "cpp", Verdict.OLE),
        ("import time\ntime.sleep(30)\n", "py", Verdict.TLE),
        (
            "class Main { public static void main(String[] a) { int[] x = new int[1]; x[2] = 1; } }",
            "java",
            Verdict.RTE,
        ),
        (
            "import java.util.*;\nclass Main { public static void main(String[] a) { List<long[]> l = new ArrayList<>(); while (true) l.add(new long[1 << 20]); } }",
            "java",
            Verdict.MLE,
        ),
    ],
)
def test_verdicts(judge: Judge, fixture_package, source: str, ext: str, verdict: Verdict) -> None:
    result = judge_source(judge, "aplusb", fixture_package, source, ext, time_limit_s=1.0)
    assert result.verdict == verdict, result.message


def test_function_problem_languages(judge: Judge, fixture_package) -> None:
    package = load_package(fixture_package("fn-two-sum"))
    c_source = "int main(void){return 0;}"
    from tiku.errors import SubmissionError

    with pytest.raises(SubmissionError):
        judge.judge(package, c_source, judge.languages.get("c11"))


@pytest.mark.parametrize("lang", ["python3.12", "python3.13"])
def test_other_pythons(judge: Judge, fixture_package, lang: str) -> None:
    language = judge.languages.languages[lang]
    if not language.available:
        pytest.skip(f"{lang} is not installed here")
    package = load_package(fixture_package("fn-two-sum"))
    source = (package.path / "submissions/accepted/hash.py").read_text()
    assert judge.judge(package, source, judge.languages.get(lang)).verdict == Verdict.AC


def test_custom_run_shows_output(judge: Judge, fixture_package) -> None:
    package = load_package(fixture_package("fn-two-sum"))
    source = (package.path / "submissions/accepted/hash.py").read_text()
    result = judge.custom_run(
        package, "print('debug')\n" + source, judge.languages.get("python3"), b"[[1,2,3],5]"
    )
    assert result.verdict == "OK"
    assert "debug" in result.output and "[2,1]" in result.output.replace(" ", "")


def test_validator_crash_is_judge_error(judge: Judge, fixture_package) -> None:
    path = fixture_package("custom-validator")
    (path / "output_validator/validator.py").write_text("import sys\nsys.exit(3)\n")
    package = load_package(path)
    result = judge.judge(package, "print(3)\n", judge.languages.get("python3"))
    assert result.verdict == Verdict.JE and "validator" in result.message


def test_verify_starts_the_submissions_expected_to_time_out_first(
    judge: Judge, fixture_package
) -> None:
    order: list[str] = []

    class Recording(Verifier):
        def _judge(self, package, sub, cap, validator):  # type: ignore[no-untyped-def]
            order.append(sub.rel)
            return super()._judge(package, sub, cap, validator)

    report = Recording(judge).verify(load_package(fixture_package("aplusb")), jobs=1)
    assert report.ok
    accepted = [rel for rel in order if rel.startswith("accepted/")]
    # The time limit is inferred from the accepted ones; then the slowest kind goes first.
    assert order[: len(accepted)] == accepted
    assert order[len(accepted)] == "time_limit_exceeded/spin.py"
