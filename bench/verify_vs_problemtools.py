"""`tiku verify` against problemtools' `verifyproblem`, side by side, on real Kattis packages.

For every package directory under PACKAGES (each holding a ``problem.yaml``) it runs, interleaved
for N rounds, ``tiku verify PKG --json`` and ``verifyproblem PKG -p submissions`` (which compiles
every submission, infers the time limit from the accepted ones and judges every submission on all
test data, like ``tiku verify``), alternating which tool goes first from one round to the next.
It prints the median wall time of each tool per package and in total, the ratio
problemtools / tiku (target >= 5), and whether every submission got an allowed verdict in each
tool, with every submission's verdict in both. Only wall time is compared: CPU time of the children
is not comparable, because tiku's sandboxes are killed at the end rather than waited for, so their
CPU never shows up in ``RUSAGE_CHILDREN``.

tiku keeps a cache of compiled submissions; problemtools compiles every submission in every run.
By default (``--compile-cache cold``) the benchmark empties that cache before each tiku run, so
both tools compile everything; ``--compile-cache warm`` measures an author's second run. What
tiku builds once per machine (precompiled headers, the Java compiler's class archive) is built in
an untimed warm-up run first, in a cache of the benchmark's own.

Run::

    .venv/bin/python bench/verify_vs_problemtools.py [PACKAGES] --verifyproblem /tmp/ptvenv/bin/verifyproblem \
        [--pt-config /tmp/ptconfig] [--rounds 3] [--only different formula] [--json out.json]

PACKAGES defaults to /tmp/kattis-packages. Packages are not part of this repository: see
bench/README.md for how to obtain them and how to install problemtools. ``--pt-config DIR`` sets
``XDG_CONFIG_HOME=DIR`` for problemtools, so that ``DIR/problemtools/languages.yaml`` can point
its Python at CPython (its default is PyPy) and its Java at the installed JDK.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PACKAGES = Path("/tmp/kattis-packages")
VERDICT_DIRS = (
    "accepted",
    "wrong_answer",
    "time_limit_exceeded",
    "run_time_error",
    "memory_limit_exceeded",
    "output_limit_exceeded",
    "partially_accepted",
    "rejected",
)
PT_SUBMISSION = re.compile(r"\b((?:" + "|".join(VERDICT_DIRS) + r")/[^\s()]+)")
PT_OK = re.compile(r" OK(?: with extra time)?: (\S+)")
PT_TESTED = re.compile(r"tested: (\d+) errors?, (\d+) warnings?")


@dataclass
class Run:
    """One run of one tool on one package."""

    wall_s: float
    exit_code: int
    all_allowed: bool
    submissions: dict[str, dict[str, Any]] = field(default_factory=dict)
    note: str = ""


def _timed(
    cmd: list[str], env: dict[str, str] | None, timeout: float
) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    return time.perf_counter() - start, proc


def run_tiku(tiku: str, package: Path, timeout: float, cache_home: Path, cold: bool) -> Run:
    """One ``tiku verify`` with ``cache_home`` as its XDG cache. ``cold``: the cache of compiled
    submissions is emptied first, so every submission is compiled as problemtools compiles it;
    what tiku builds once per machine (precompiled headers, the compiler's class archive, its
    own bytecode) is kept, as problemtools' installation is."""
    if cold:
        shutil.rmtree(cache_home / "tiku" / "compiled", ignore_errors=True)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    wall, proc = _timed([tiku, "verify", str(package), "--json"], env, timeout)
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        tail = (proc.stdout + proc.stderr).strip()[-400:]
        return Run(wall, proc.returncode, False, note=f"no JSON (exit {proc.returncode}): {tail}")
    subs = {
        s["path"]: {
            "expected": s["expected"],
            "got": s["got"],
            "ok": s["ok"],
            "message": s.get("message", ""),
        }
        for s in report.get("submissions", [])
    }
    ok = bool(report.get("ok")) and proc.returncode == 0 and all(s["ok"] for s in subs.values())
    note = f"time limit {report.get('time_limit_s')} s" + (
        " (inferred)" if report.get("time_limit_inferred") else ""
    )
    return Run(wall, proc.returncode, ok, subs, note)


def parse_verifyproblem(output: str) -> tuple[dict[str, dict[str, Any]], int | None, str]:
    """Per-submission results from verifyproblem's log: 'OK: AC [...]', 'OK with extra time', 'ERROR ... got WA'."""
    subs: dict[str, dict[str, Any]] = {}
    errors: int | None = None
    timelim = ""
    for line in output.splitlines():
        if m := PT_TESTED.search(line):
            errors = int(m.group(1))
            continue
        if "setting timelim to" in line:
            timelim = line.strip()
            continue
        m = PT_SUBMISSION.search(line)
        if not m:
            continue
        path = m.group(1)
        expected = path.split("/", 1)[0]
        if ok_match := PT_OK.search(line):
            subs[path] = {
                "expected": expected,
                "got": ok_match.group(1),
                "ok": True,
                "message": line.strip(),
            }
        elif line.startswith("ERROR") or "ERROR" in line[:10]:
            if "Compile error" in line:
                got = "CE"
            elif " got " in line:
                got = line.split(" got ", 1)[1].split()[0]
            else:
                got = "ERROR"
            subs.setdefault(
                path, {"expected": expected, "got": got, "ok": False, "message": line.strip()[:300]}
            )
            subs[path]["ok"] = False
    return subs, errors, timelim


def run_problemtools(
    verifyproblem: str, package: Path, env: dict[str, str], timeout: float, threads: int
) -> Run:
    cmd = [verifyproblem, str(package), "-p", "submissions"]
    if threads > 1:
        cmd += ["-j", str(threads)]
    wall, proc = _timed(cmd, env, timeout)
    output = proc.stdout + proc.stderr
    subs, errors, timelim = parse_verifyproblem(output)
    ok = errors == 0 and proc.returncode == 0 and bool(subs) and all(s["ok"] for s in subs.values())
    note = timelim or (output.strip()[-400:] if errors is None else "")
    return Run(wall, proc.returncode, ok, subs, note)


def find_packages(root: Path, only: list[str] | None) -> list[Path]:
    pkgs = sorted(p for p in root.iterdir() if (p / "problem.yaml").is_file())
    if only:
        pkgs = [p for p in pkgs if p.name in set(only)]
    return pkgs


def default_tiku() -> str:
    for cand in (Path(sys.executable).parent / "tiku", REPO / ".venv" / "bin" / "tiku"):
        if cand.is_file():
            return str(cand)
    return shutil.which("tiku") or "tiku"


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "packages",
        nargs="?",
        type=Path,
        default=DEFAULT_PACKAGES,
        help="directory of Kattis packages",
    )
    ap.add_argument(
        "--verifyproblem", default=shutil.which("verifyproblem") or "/tmp/ptvenv/bin/verifyproblem"
    )
    ap.add_argument("--tiku", default=default_tiku())
    ap.add_argument(
        "--pt-config", type=Path, help="XDG_CONFIG_HOME for problemtools (languages.yaml overrides)"
    )
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument(
        "--pt-threads",
        type=int,
        default=1,
        help="problemtools' -j (default 1, its own default: it warns that threads make its "
        "timings less reliable)",
    )
    ap.add_argument(
        "--compile-cache",
        choices=("cold", "warm"),
        default="cold",
        help="cold (default): tiku compiles every submission in every run, as problemtools does; "
        "warm: tiku reuses what it compiled in the run before (an author running verify again)",
    )
    ap.add_argument("--only", nargs="*", help="package names to run (default: all)")
    ap.add_argument("--timeout", type=float, default=900.0, help="per-run timeout in seconds")
    ap.add_argument("--json", type=Path, help="write every run and the summary as JSON")
    args = ap.parse_args()

    packages = find_packages(args.packages, args.only)
    if not packages:
        print(f"no packages (directories with problem.yaml) under {args.packages}", file=sys.stderr)
        return 2
    pt_env = dict(os.environ)
    if args.pt_config:
        pt_env["XDG_CONFIG_HOME"] = str(args.pt_config)

    print(
        f"tiku: {args.tiku}\nverifyproblem: {args.verifyproblem}"
        + (f" (XDG_CONFIG_HOME={args.pt_config})" if args.pt_config else "")
        + f", -j {args.pt_threads}"
    )
    print(
        f"packages: {', '.join(p.name for p in packages)}; rounds: {args.rounds}; cores: {os.cpu_count()}; "
        f"load average at start: {os.getloadavg()[0]:.2f}"
    )
    cold = args.compile_cache == "cold"
    cache_home = Path(tempfile.mkdtemp(prefix="tiku-bench-cache-"))
    print(f"tiku compile cache: {args.compile_cache}; warming up (not timed) ...", flush=True)
    for pkg in packages:
        # Builds what tiku builds once per machine, and for "warm" the compiled submissions.
        run_tiku(args.tiku, pkg, args.timeout, cache_home, cold=False)
    runs: dict[str, dict[str, list[Run]]] = {
        p.name: {"tiku": [], "problemtools": []} for p in packages
    }
    for rnd in range(args.rounds):
        for pkg in packages:
            order = ("tiku", "problemtools") if rnd % 2 == 0 else ("problemtools", "tiku")
            for tool in order:
                if tool == "tiku":
                    r = run_tiku(args.tiku, pkg, args.timeout, cache_home, cold)
                else:
                    r = run_problemtools(
                        args.verifyproblem, pkg, pt_env, args.timeout, args.pt_threads
                    )
                runs[pkg.name][tool].append(r)
                print(
                    f"  round {rnd + 1} {pkg.name:<18} {tool:<12} wall {r.wall_s:7.2f} s  "
                    f"{'all allowed' if r.all_allowed else 'NOT all allowed'}",
                    flush=True,
                )

    print("\nPer-submission verdicts (last round):")
    for pkg in packages:
        t_last, p_last = runs[pkg.name]["tiku"][-1], runs[pkg.name]["problemtools"][-1]
        print(f"  {pkg.name}: tiku {t_last.note}; problemtools: {p_last.note}")
        for path in sorted(set(t_last.submissions) | set(p_last.submissions)):
            t, p = t_last.submissions.get(path), p_last.submissions.get(path)
            ts = f"{t['got']}{'' if t['ok'] else ' (NOT allowed)'}" if t else "-"
            ps = f"{p['got']}{'' if p['ok'] else ' (NOT allowed)'}" if p else "-"
            exp = t["expected"] if t else (p["expected"] if p else "?")
            print(f"    {path:<50} expected {exp!s:<22} tiku {ts:<18} problemtools {ps}")

    print(
        f"\n{'package':<18} {'tiku wall (min-max)':>24} {'problemtools wall (min-max)':>28} {'ratio':>7}"
        "   all allowed (tiku/problemtools)"
    )
    tot_t = tot_p = 0.0
    summary: dict[str, Any] = {
        "rounds": args.rounds,
        "compile_cache": args.compile_cache,
        "problemtools_threads": args.pt_threads,
        "packages": {},
    }
    for pkg in packages:
        tr, pr = runs[pkg.name]["tiku"], runs[pkg.name]["problemtools"]
        tws, pws = [r.wall_s for r in tr], [r.wall_s for r in pr]
        tw, pw = statistics.median(tws), statistics.median(pws)
        tot_t, tot_p = tot_t + tw, tot_p + pw
        ta, pa = all(r.all_allowed for r in tr), all(r.all_allowed for r in pr)
        tspan = f"{tw:.2f} ({min(tws):.2f}-{max(tws):.2f})"
        pspan = f"{pw:.2f} ({min(pws):.2f}-{max(pws):.2f})"
        print(
            f"{pkg.name:<18} {tspan:>24} {pspan:>28} {pw / tw:6.2f}x"
            f"   {'yes' if ta else 'NO'}/{'yes' if pa else 'NO'}"
        )
        summary["packages"][pkg.name] = {
            "tiku_wall_median_s": tw,
            "problemtools_wall_median_s": pw,
            "ratio": pw / tw,
            "tiku_all_allowed": ta,
            "problemtools_all_allowed": pa,
            "tiku_runs": [r.__dict__ for r in tr],
            "problemtools_runs": [r.__dict__ for r in pr],
        }
    ratio = tot_p / tot_t
    print(f"{'TOTAL (medians)':<18} {tot_t:>24.2f} {tot_p:>28.2f} {ratio:6.2f}x")
    round_ratios = [
        sum(runs[p.name]["problemtools"][i].wall_s for p in packages)
        / sum(runs[p.name]["tiku"][i].wall_s for p in packages)
        for i in range(args.rounds)
    ]
    print(
        f"\nratio problemtools/tiku, sum of per-package median wall times: {ratio:.2f}x "
        f"(target >= 5: {'met' if ratio >= 5 else 'NOT met'}); per round: "
        + ", ".join(f"{x:.2f}x" for x in round_ratios)
    )
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    summary.update(
        {
            "total_tiku_wall_s": tot_t,
            "total_problemtools_wall_s": tot_p,
            "ratio": ratio,
            "round_ratios": round_ratios,
        }
    )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))
    shutil.rmtree(cache_home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
