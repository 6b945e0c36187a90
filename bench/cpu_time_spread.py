"""Spread of the reported CPU time when one solution is judged 10 times (target max/min <= 1.05).

Run: ``.venv/bin/python bench/cpu_time_spread.py [--runs 10]``. The solution burns a fixed amount of
CPU (about 0.2 s) on one test; the reported time is the test's CPU time (user + system).

Side by side (interleaved, one of each in turn) it measures the baseline: the same code on the same
input in a plain, unsandboxed ``python3 -S -I`` process, timed with ``time.process_time()`` around
the solution alone (no interpreter start, no judge). Its spread is what this machine itself does to
a CPU-time measurement; the judge cannot be steadier than that.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from tiku.bank.package import load_package
from tiku.judge.engine import Judge, JudgeSettings
from tiku.judge.languages import LanguageRegistry

SOLUTION = "n = int(input())\ns = 0\nfor i in range(n):\n    s += i * i % 7\nprint(s)\n"
N = 3_000_000
BASELINE = (
    "import sys, time\n"
    "source = open(sys.argv[1]).read()\n"
    "sys.stdin = open(sys.argv[2])\n"
    "start = time.process_time()\n"
    "exec(compile(source, 'sol.py', 'exec'), {'__name__': '__main__'})\n"
    "sys.stdout.flush()\n"
    "print(time.process_time() - start, file=sys.stderr)\n"
)


def baseline(source: Path, input_path: Path) -> float:
    done = subprocess.run(
        ["/usr/bin/python3.11", "-S", "-I", "-c", BASELINE, str(source), str(input_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stderr.strip().splitlines()[-1])


def spread(times: list[float]) -> float:
    return max(times) / min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    judge = Judge(JudgeSettings(), LanguageRegistry.load())
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / "spread"
        (pkg / "statement").mkdir(parents=True)
        (pkg / "statement" / "problem.en.md").write_text("Sum.\n")
        (pkg / "problem.yaml").write_text(
            "problem_format_version: 2023-07-draft\nname: {en: Spread}\nlimits: {time_limit: 5.0, memory: 256}\n"
        )
        (pkg / "data" / "secret").mkdir(parents=True)
        (pkg / "data" / "secret" / "1.in").write_text(f"{N}\n")
        (pkg / "data" / "secret" / "1.ans").write_text(f"{sum(i * i % 7 for i in range(N))}\n")
        package = load_package(pkg)
        source = Path(tmp) / "sol.py"
        source.write_text(SOLUTION)
        times, plain = [], []
        for _ in range(args.runs):  # interleaved: both see the same machine
            result = judge.judge(package, SOLUTION, judge.languages.get("python3"))
            assert result.verdict.value == "AC", result.message
            times.append(result.tests[0].time_s)
            plain.append(baseline(source, pkg / "data" / "secret" / "1.in"))
    print("tiku, reported CPU times (s):     ", " ".join(f"{t:.4f}" for t in times))
    print("baseline, plain process (s):      ", " ".join(f"{t:.4f}" for t in plain))
    print(f"tiku max/min:     {spread(times):.4f} (target <= 1.05)")
    print(f"baseline max/min: {spread(plain):.4f} (this machine, no judge)")
    print(f"ratio of spreads (tiku / baseline): {spread(times) / spread(plain):.3f}")


if __name__ == "__main__":
    main()
