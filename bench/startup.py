"""How long ``tiku serve`` takes to answer ``/healthz``: a first start, then restarts, side by side.

The first start imports the bank (reads and checks every package, copies it into the data folder);
a restart finds every package unchanged (``bank-cache.json``: the files' ``lstat``) and reads none.
Rounds interleave a fresh data folder and a restart of the same one, so machine noise hits both.
Prints the medians and the ratio first start / restart; the target is a restart under 2 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def time_to_healthz(data: Path, bank: Path | None) -> float:
    """Seconds from starting the process to its first answered /healthz; the server is stopped."""
    port = free_port()
    argv = [sys.executable, "-m", "tiku.web", "serve", "--data-dir", str(data), "--port", str(port)]
    if bank is not None:
        argv += ["--bank", str(bank)]
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                    return time.perf_counter() - started
            except OSError:
                if proc.poll() is not None:
                    raise SystemExit(f"the server exited with {proc.returncode}") from None
                time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bank", type=Path, default=None, help="bank folder (default: built-in)")
    args = parser.parse_args()
    first: list[float] = []
    again: list[float] = []
    with tempfile.TemporaryDirectory(prefix="tiku-bench-start-") as tmp:
        for round_no in range(args.rounds):
            data = Path(tmp) / f"data{round_no}"
            first.append(time_to_healthz(data, args.bank))
            again.append(time_to_healthz(data, args.bank))
            print(f"round {round_no + 1}: first start {first[-1]:.2f} s, restart {again[-1]:.2f} s")
            shutil.rmtree(data, ignore_errors=True)
    cold, warm = statistics.median(first), statistics.median(again)
    print(f"median first start {cold:.2f} s, restart {warm:.2f} s, ratio {cold / warm:.1f}x")
    print(f"target: restart under 2 s: {'met' if warm < 2.0 else 'NOT met'} ({os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
