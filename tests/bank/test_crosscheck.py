"""The randomized cross-check of an independent solution against the reference (real sandbox)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiku.bank.catalog import check_content
from tiku.bank.crosscheck import cross_check
from tiku.bank.generate import reference_path
from tiku.bank.package import load_package
from tiku.errors import PackageError
from tiku.judge.engine import Judge

AB_RANDOM = """\
import json, random, sys
seed, count = map(int, sys.stdin.read().split())
rng = random.Random(seed)
for _ in range(count):
    a, b = rng.randint(-9, 9), rng.randint(-9, 9)
    print(json.dumps({"input": "%d %d\\n" % (a, b)}))
"""


def with_random(path: Path, generator: str = AB_RANDOM) -> Path:
    (path / "generators").mkdir(exist_ok=True)
    (path / "generators" / "random_inputs.py").write_text(generator)
    return path


def independent(path: Path, name: str, source: str) -> None:
    (path / "submissions" / "accepted" / name).write_text(source)


def test_an_agreeing_solution_passes(judge: Judge, fixture_package) -> None:
    path = with_random(fixture_package("aplusb"))
    independent(path, "independent.py", "print(sum(map(int, input().split())))\n")
    report = cross_check(judge, load_package(path), seed=7, count=60)
    assert report.ok and report.inputs == 60 and not report.disagreements


def test_a_misreading_is_shown_with_its_input(judge: Judge, fixture_package) -> None:
    # Wrong whenever a + b is negative: the random inputs find it, the reference's tests do not.
    path = with_random(fixture_package("aplusb"))
    independent(path, "independent.py", "print(abs(sum(map(int, input().split()))))\n")
    report = cross_check(judge, load_package(path), seed=7, count=60)
    assert not report.ok and report.disagreements
    first = report.disagreements[0]
    a, b = map(int, first.input.split())
    assert a + b < 0 and first.verdict == "WA"
    assert first.expected.strip() == str(a + b) and first.output.strip() == str(-(a + b))
    assert any(str(a + b) in line for line in report.findings())


def test_the_same_seed_repeats(judge: Judge, fixture_package) -> None:
    path = with_random(fixture_package("aplusb"))
    independent(path, "independent.py", "print(abs(sum(map(int, input().split()))))\n")
    package = load_package(path)
    first = cross_check(judge, package, seed=3, count=40).disagreements
    again = cross_check(judge, package, seed=3, count=40).disagreements
    other = cross_check(judge, package, seed=4, count=40).disagreements
    assert [d.input for d in first] == [d.input for d in again]
    assert [d.input for d in first] != [d.input for d in other]


def test_a_validator_judges_a_different_right_answer(judge: Judge, fixture_package) -> None:
    # The reference prints the largest factor, the independent one the smallest: both are right.
    generator = """\
import json, random, sys
seed, count = map(int, sys.stdin.read().split())
rng = random.Random(seed)
for _ in range(count):
    print(json.dumps({"input": "%d\\n" % (rng.randint(2, 60) * rng.randint(2, 60))}))
"""
    path = with_random(fixture_package("custom-validator"), generator)
    smallest = "n = int(input())\nprint(next(p for p in range(2, n) if n % p == 0))\n"
    independent(path, "independent.py", smallest)
    report = cross_check(judge, load_package(path), seed=1, count=40)
    assert report.ok, report.findings()
    independent(path, "independent.py", "print(int(input()))\n")  # n itself is not a factor
    report = cross_check(judge, load_package(path), seed=1, count=40)
    assert len(report.disagreements) == 40


def test_function_problems_compare_results(judge: Judge, fixture_package) -> None:
    generator = """\
import json, random, sys
seed, count = map(int, sys.stdin.read().split())
rng = random.Random(seed)
for _ in range(count):
    nums = [rng.randint(-5, 5) for _ in range(rng.randint(2, 6))]
    i, j = rng.sample(range(len(nums)), 2)
    target = nums[i] + nums[j]
    # exactly one pair: make every other sum differ by spreading the rest far apart
    for k in range(len(nums)):
        if k not in (i, j):
            nums[k] = 1000 * (k + 1)
    print(json.dumps({"input": json.dumps([nums, target])}))
"""
    path = with_random(fixture_package("fn-two-sum"), generator)
    brute = """\
class Solution:
    def twoSum(self, nums, target):
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[i] + nums[j] == target:
                    return [j, i]
"""
    independent(path, "independent.py", brute)
    assert cross_check(judge, load_package(path), seed=2, count=30).ok
    independent(path, "independent.py", brute.replace("[j, i]", "[i, i]"))
    assert len(cross_check(judge, load_package(path), seed=2, count=30).disagreements) == 30


def test_missing_pieces_are_package_errors(judge: Judge, fixture_package) -> None:
    path = fixture_package("aplusb")
    with pytest.raises(PackageError, match="independent"):
        cross_check(judge, load_package(path), seed=1, count=5)
    independent(path, "independent.py", "print(sum(map(int, input().split())))\n")
    with pytest.raises(PackageError, match=r"random_inputs\.py"):
        cross_check(judge, load_package(path), seed=1, count=5)
    with_random(path, 'print(\'{"input": "1 2\\\\n"}\')\n')  # ignores COUNT
    with pytest.raises(PackageError, match="printed 1 inputs, 5 were asked for"):
        cross_check(judge, load_package(path), seed=1, count=5)
    with_random(path, "print('not json')\n")
    with pytest.raises(PackageError, match="line 1: not JSON"):
        cross_check(judge, load_package(path), seed=1, count=1)


def test_a_failing_generator_or_reference_is_reported(judge: Judge, fixture_package) -> None:
    path = with_random(fixture_package("aplusb"), AB_RANDOM.replace("-9, 9", "'x', 'y'"))
    independent(path, "independent.py", "print(sum(map(int, input().split())))\n")
    with pytest.raises(PackageError, match=r"random_inputs\.py failed"):
        cross_check(judge, load_package(path), seed=1, count=3)
    # An input outside what the reference reads: the generator broke the input format.
    with_random(path, AB_RANDOM.replace('"%d %d\\n" % (a, b)', '"%d %d 0\\n" % (a, b)'))
    with pytest.raises(PackageError, match="the reference fails on r1-1"):
        cross_check(judge, load_package(path), seed=1, count=3)


def test_the_reference_is_never_the_independent_solution(fixture_package) -> None:
    path = fixture_package("aplusb")
    independent(path, "independent.py", "print(0)\n")  # sorts before sol.py
    assert reference_path(load_package(path)).name == "sol.py"


def test_the_bank_requires_both_pieces(fixture_package) -> None:
    path = fixture_package("fn-two-sum")
    _, diag = check_content(path)
    errors = [str(f) for f in diag.errors]
    assert any("generators/random_inputs.py" in e for e in errors)
    assert any("independent" in e for e in errors)
    with_random(path)
    independent(path, "independent.py", "")
    _, diag = check_content(path)
    assert not any("random_inputs.py" in str(f) or "independent" in str(f) for f in diag.errors)


TRUTH_RANDOM = """\
import json, random, sys
seed, count = map(int, sys.stdin.read().split())
rng = random.Random(seed)
for _ in range(count):
    n = rng.randint(2, 99)
    print(json.dumps({"input": "%d\\n" % n, "answer": json.dumps({"truth": n % 2})}))
"""
TRUTH_VALIDATOR = """\
import json, sys
truth = json.load(open(sys.argv[2]))["truth"]
got = sys.stdin.read().strip()
sys.exit(42 if got == str(truth) else 43)
"""


def test_a_ground_truth_judges_both_solutions(judge: Judge, fixture_package) -> None:
    # Answers judged against a truth the generator knows (as a classifier's true labels):
    # both solutions are judged on it; only an input exactly one of them misses is a disagreement.
    path = with_random(fixture_package("custom-validator"), TRUTH_RANDOM)
    (path / "output_validator" / "validator.py").write_text(TRUTH_VALIDATOR)
    (path / "submissions" / "accepted" / "largest.py").write_text(
        "n = int(input())\nprint(n % 2 if n != 7 else 5)\n"  # the reference misses n = 7
    )
    independent(path, "independent.py", "n = int(input())\nprint(n & 1 if n < 90 else 9)\n")
    report = cross_check(judge, load_package(path), seed=3, count=120)
    names = {d.name.split(" ")[1] for d in report.disagreements}
    assert names == {"(largest.py)", "(independent.py)"}
    inputs = {(d.input.strip(), d.name.split(" ")[1]) for d in report.disagreements}
    assert ("7", "(largest.py)") in inputs
    assert all(int(n) >= 90 for n, who in inputs if who == "(independent.py)")
    assert report.both_failed == 0 and not report.ok
    independent(path, "independent.py", "n = int(input())\nprint(n & 1 if n != 7 else 3)\n")
    report = cross_check(judge, load_package(path), seed=3, count=120)
    assert report.disagreements == [] and report.both_failed > 0  # only n = 7, missed by both
