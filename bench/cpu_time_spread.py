"""Spread of the reported CPU time when one solution is judged 10 times (target max/min <= 1.05).

Run: ``.venv/bin/python bench/cpu_time_spread.py [--runs 10]``. The solution burns a fixed amount of
CPU (about 0.3 s) on one test; the reported time is the test's CPU time (user + system).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from tiku.bank.package import load_package
from tiku.judge.engine import Judge, JudgeSettings
from tiku.judge.languages import LanguageRegistry

SOLUTION = "n = int(input())\ns = 0\nfor i in range(n):\n    s += i * i % 7\nprint(s)\n"
N = 3_000_000


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
        times = []
        for _ in range(args.runs):
            result = judge.judge(package, SOLUTION, judge.languages.get("python3"))
            assert result.verdict.value == "AC", result.message
            times.append(result.tests[0].time_s)
    print("CPU times (s):", " ".join(f"{t:.4f}" for t in times))
    print(f"max/min: {max(times) / min(times):.4f} (target <= 1.05)")


if __name__ == "__main__":
    main()
