"""End to end: real packages, the real sandbox, every verdict, every kind, every language."""

from __future__ import annotations

import shutil

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


class Recording(Verifier):
    """A verifier that notes each judging it starts: (submission, CPU cap)."""

    def __init__(self, judge: Judge) -> None:
        super().__init__(judge)
        self.calls: list[tuple[str, float]] = []

    def _judge(self, package, sub, cap, validator):  # type: ignore[no-untyped-def]
        self.calls.append((sub.rel, cap))
        return super()._judge(package, sub, cap, validator)


def test_verify_starts_the_submissions_expected_to_time_out_first(
    judge: Judge, fixture_package
) -> None:
    verifier = Recording(judge)
    report = verifier.verify(load_package(fixture_package("aplusb")), jobs=2)
    assert report.ok and report.time_limit_inferred and report.time_limit_s == 1.0
    order = [rel for rel, _ in verifier.calls]
    accepted = [rel for rel in order if rel.startswith("accepted/")]
    # While the accepted ones infer the limit on one worker, the slowest kind already runs on
    # the other, capped as if the limit were one resolution step (1 s) times the margin (2); the
    # limit is 1 s, so that run stands and it is judged once.
    assert ("time_limit_exceeded/spin.py", 2.0) in verifier.calls
    assert order.count("time_limit_exceeded/spin.py") == 1
    assert order.index("time_limit_exceeded/spin.py") < order.index(accepted[-1])
    spin = next(s for s in report.submissions if s.path == "time_limit_exceeded/spin.py")
    assert spin.got == "TLE" and spin.time_s >= 2.0


def test_verify_on_one_worker_infers_the_limit_first(judge: Judge, fixture_package) -> None:
    verifier = Recording(judge)
    report = verifier.verify(load_package(fixture_package("aplusb")), jobs=1)
    assert report.ok
    order = [rel for rel, _ in verifier.calls]
    accepted = [rel for rel in order if rel.startswith("accepted/")]
    # No worker to spare: the accepted ones first, then the slowest kind, judged once.
    assert order[: len(accepted)] == accepted
    assert verifier.calls[len(accepted)] == ("time_limit_exceeded/spin.py", 2.0)
    assert order.count("time_limit_exceeded/spin.py") == 1


def test_a_submission_judged_before_the_limit_is_known_is_judged_again_if_it_came_out_higher(
    judge: Judge, fixture_package
) -> None:
    path = fixture_package("aplusb")
    (path / "problem.yaml").write_text(
        "name: A plus B\nlicense: cc0\nlimits:\n  time_multipliers:\n"
        "    ac_to_time_limit: 5\n    time_limit_to_tle: 2\n  time_resolution: 0.1\n"
    )
    for folder in ("run_time_error", "memory_limit_exceeded", "output_limit_exceeded"):
        shutil.rmtree(path / "submissions" / folder)
    for name in ("sol.c", "sol.cpp", "Sum.java"):
        (path / "submissions" / "accepted" / name).unlink()
    # An accepted submission that takes 0.15 s of CPU: the limit is 0.8 s (0.15 s x 5, rounded
    # up to the 0.1 s resolution, plus what starting Python takes), far above 0.1 s.
    (path / "submissions" / "accepted" / "slow.py").write_text(
        "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.15:\n    pass\n"
        "a, b = map(int, input().split())\nprint(a + b)\n"
    )
    verifier = Recording(judge)
    report = verifier.verify(load_package(path), jobs=2)
    assert report.ok, [(s.path, s.got, s.message) for s in report.submissions]
    assert report.time_limit_s >= 0.8
    spins = [cap for rel, cap in verifier.calls if rel == "time_limit_exceeded/spin.py"]
    # First capped at 0.1 s x 2; it reached that cap, so it is judged again at limit x margin.
    assert spins == [pytest.approx(0.2), pytest.approx(report.time_limit_s * 2)]
    spin = next(s for s in report.submissions if s.path == "time_limit_exceeded/spin.py")
    assert spin.got == "TLE" and spin.time_s >= report.time_limit_s * 2
    # A wrong answer that ends on its own is not expected to time out: judged once, after.
    assert [rel for rel, _ in verifier.calls].count("wrong_answer/int32.cpp") == 1


def test_verify_counts_memory_and_output_limits_as_the_formats_run_time_error(
    judge: Judge, fixture_package
) -> None:
    # The format knows AC, WA, TLE, RTE: a memory hog or an output flood in run_time_error/ is
    # what it expects there (problemtools accepts such a package). Users still see MLE and OLE.
    path = fixture_package("aplusb")
    subs = path / "submissions"
    shutil.move(subs / "memory_limit_exceeded" / "hog.py", subs / "run_time_error" / "hog.py")
    shutil.move(subs / "output_limit_exceeded" / "flood.py", subs / "run_time_error" / "flood.py")
    for name in ("sol.c", "sol.cpp", "Sum.java", "int32.cpp"):
        for found in subs.rglob(name):
            found.unlink()
    package = load_package(path)
    report = Verifier(judge).verify(package)
    got = {s.path: (s.got, s.ok) for s in report.submissions}
    assert got["run_time_error/hog.py"] == ("MLE", True)
    assert got["run_time_error/flood.py"] == ("OLE", True)
    assert report.ok
    # ...but never the other way round: an RTE where the folder says MLE is wrong.
    shutil.move(subs / "run_time_error" / "raise.py", subs / "memory_limit_exceeded" / "raise.py")
    report = Verifier(judge).verify(load_package(path))
    assert not report.ok
    assert {s.path: s.ok for s in report.submissions}["memory_limit_exceeded/raise.py"] is False
