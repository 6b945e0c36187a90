"""Per-test overhead of the warm sandbox against a naive loop, side by side in one run.

Judges a trivial Python solution on N tests with tiku (real sandbox, warm supervisor), and times
the naive baseline: one fresh, unsandboxed ``python3 -S -I`` process per test. Prints the ratio
(target <= 0.2) twice: for a judge that starts its sandboxes when a judging begins (a one-shot
``tiku judge``), and for one that keeps fresh sandboxes started between judgings (the service's
workers, ``tiku verify``: ``JudgeSettings.warm_sandboxes``). Before each timed round the pooled
judge is given the time to refill its pool, as a worker between two submissions is; that time is
not counted for either side.
Run: ``.venv/bin/python bench/judge_overhead.py [--tests 200] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tiku.bank.package import load_package
from tiku.judge.engine import WARM_SANDBOXES, Judge, JudgeSettings
from tiku.judge.languages import LanguageRegistry
from tiku.judge.verdict import Verdict
from tiku.sandbox.policy import SandboxPolicy

SOLUTION = "a, b = map(int, input().split())\nprint(a + b)\n"


def make_package(root: Path, tests: int) -> Path:
    pkg = root / "bench-sum"
    (pkg / "statement").mkdir(parents=True)
    (pkg / "statement" / "problem.en.md").write_text("Add.\n")
    (pkg / "problem.yaml").write_text(
        "problem_format_version: 2023-07-draft\nname: {en: Sum}\nlimits: {time_limit: 1.0, memory: 256}\n"
    )
    secret = pkg / "data" / "secret"
    secret.mkdir(parents=True)
    for i in range(tests):
        (secret / f"{i:04d}.in").write_text(f"{i} {2 * i}\n")
        (secret / f"{i:04d}.ans").write_text(f"{3 * i}\n")
    return pkg


def naive(pkg: Path, source: Path) -> float:
    start = time.perf_counter()
    for inp in sorted((pkg / "data" / "secret").glob("*.in")):
        with inp.open("rb") as handle:
            out = subprocess.run(
                ["/usr/bin/python3.11", "-S", "-I", str(source)],
                stdin=handle,
                capture_output=True,
                check=True,
            ).stdout
        if out.split() != inp.with_suffix(".ans").read_bytes().split():
            raise SystemExit("naive baseline produced a wrong answer")
    return time.perf_counter() - start


def warm(judge: Judge, pkg: Path) -> float:
    package = load_package(pkg)
    start = time.perf_counter()
    result = judge.judge(package, SOLUTION, judge.languages.get("python3"), run_all=True)
    elapsed = time.perf_counter() - start
    if result.verdict != Verdict.AC:
        raise SystemExit(f"tiku did not accept the solution: {result.verdict} {result.message}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tests", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--baseline-layers",
        action="store_true",
        help="namespaces and rlimits only (no seccomp, no cgroups): the 'before hardening' figure",
    )
    args = parser.parse_args()
    policy = (
        SandboxPolicy(seccomp=False, cgroups=False, insecure=True)
        if args.baseline_layers
        else SandboxPolicy()
    )
    languages = LanguageRegistry.load()
    cold = Judge(JudgeSettings(policy=policy), languages)
    pooled = Judge(JudgeSettings(policy=policy, warm_sandboxes=WARM_SANDBOXES), languages)
    with cold, pooled, tempfile.TemporaryDirectory() as tmp:
        pkg = make_package(Path(tmp), args.tests)
        source = Path(tmp) / "sol.py"
        source.write_text(SOLUTION)
        warm(pooled, pkg)  # the first judging tells the pool which kind of sandbox to keep
        cold_times, pooled_times, naive_times = [], [], []
        for _ in range(args.rounds):  # interleaved, so all see the same machine load
            naive_times.append(naive(pkg, source))
            cold_times.append(warm(cold, pkg))
            if not pooled.pool.wait_idle():
                raise SystemExit("the pool did not refill within 30 s")
            pooled_times.append(warm(pooled, pkg))
    n = statistics.median(naive_times)
    layers = "namespaces + rlimits" if args.baseline_layers else "all layers"
    print(f"tests: {args.tests}, rounds: {args.rounds} (medians), sandbox: {layers}")
    print(f"naive fresh python3 -S -I per test: {n:.3f} s ({1000 * n / args.tests:.2f} ms/test)")
    for name, times in (
        ("sandboxes started per judging", cold_times),
        ("sandboxes kept warm between judgings", pooled_times),
    ):
        t = statistics.median(times)
        print(f"tiku, {name} (compile + judge): {t:.3f} s ({1000 * t / args.tests:.2f} ms/test)")
        print(f"  ratio tiku/naive (wall): {t / n:.3f} (target <= 0.2)")
    sys.exit(0)


if __name__ == "__main__":
    main()
