"""Web latency: p50/p95 of the problem list and a problem page under N concurrent clients, and the
time from submit to verdict for a trivial accepted solution.

    .venv/bin/python bench/web_latency.py [--clients 50] [--seconds 10] [--bank DIR]

Starts ``tiku serve`` (SQLite, one judging worker) on a free port in a temporary data dir, drives
it with httpx from this process, and prints a JSON report. The goal is p95 < 50 ms for pages.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

SOLUTION = """class Solution:
    def climbStairs(self, n, broken):
        bad, a, b = set(broken), 0, 1
        for i in range(1, n + 1):
            a, b = b, 0 if i in bad else (a + b) % (10 ** 9 + 7)
        return b
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
    """One keep-alive HTTP/1.1 GET; the status (a hand-rolled client keeps the load cheap)."""
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    return status


async def load(base: str, path: str, clients: int, seconds: float) -> dict[str, float]:
    """``clients`` closed-loop clients, each on its own keep-alive connection, for ``seconds``."""
    host, port = base.removeprefix("http://").split(":")
    request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\n\r\n".encode()
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def client() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                status = await _fetch(reader, writer, request)
                latencies.append(time.perf_counter() - start)
                errors += status != 200
        finally:
            writer.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 1),
        "p95_ms": round(1000 * percentile(latencies, 0.95), 1),
        "p99_ms": round(1000 * percentile(latencies, 0.99), 1),
    }


async def submit_to_verdict(base: str, token: str, runs: int) -> dict[str, float]:
    times = []
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=120) as client:
        for _ in range(runs):
            start = time.perf_counter()
            r = await client.post(
                "/api/v1/submissions",
                json={"problem": "climbing-stairs", "language": "python3", "source": SOLUTION},
            )
            sid = r.json()["id"]
            done = (await client.get(f"/api/v1/submissions/{sid}", params={"wait_s": 60})).json()
            assert done["verdict"] == "AC", done
            times.append(time.perf_counter() - start)
            tests = done["test_count"]
    return {
        "runs": runs,
        "tests_per_submission": tests,
        "median_s": round(statistics.median(times), 3),
        "max_s": round(max(times), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--bank", type=Path, default=None)
    parser.add_argument("--submissions", type=int, default=5)
    args = parser.parse_args()
    data = Path(tempfile.mkdtemp(prefix="tiku-bench-"))
    port = free_port()
    cmd = [sys.executable, "-m", "tiku.web", "serve", "--data-dir", str(data), "--port", str(port)]
    if args.bank:
        cmd += ["--bank", str(args.bank)]
    env = {**os.environ, "TIKU_SUBMIT_RATE_PER_MIN": "10000"}
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(base + "/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        token = subprocess.run(
            [sys.executable, "-m", "tiku.web", "token", "create", "admin", "--data-dir", str(data)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        problems = httpx.get(base + "/api/v1/problems").json()["total"]
        for path in ("/problems", "/problems/climbing-stairs"):  # warm caches
            httpx.get(base + path)
        report = {
            "clients": args.clients,
            "seconds": args.seconds,
            "cpus": os.cpu_count(),
            "problems": problems,
            "problem_list": asyncio.run(load(base, "/problems", args.clients, args.seconds)),
            "problem_page": asyncio.run(
                load(base, "/problems/climbing-stairs", args.clients, args.seconds)
            ),
            "api_problem_list": asyncio.run(
                load(base, "/api/v1/problems", args.clients, args.seconds)
            ),
            "submit_to_verdict": asyncio.run(submit_to_verdict(base, token, args.submissions)),
        }
        print(json.dumps(report, indent=2))
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
