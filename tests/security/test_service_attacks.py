"""Attacks on the running service by an ordinary user or an anonymous client (a real server).

Each one must get a clear error, must not stall anyone else (``/healthz`` keeps answering while it
runs), and must not grow the server's memory by the attack's size.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.service.server import Server
from tests.service.support import make_small_bank

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    base = tmp_path_factory.mktemp("attacks")
    running = Server(base / "data", make_small_bank(base / "bank"))
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def token(server: Server) -> str:
    return server.token()


def rss_kib(server: Server) -> int:
    assert server.proc is not None
    for line in Path(f"/proc/{server.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def post(
    server: Server,
    path: str,
    body: bytes,
    headers: dict[str, str],
    *,
    chunked: bool = False,
) -> tuple[int, dict[str, object]]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.putrequest("POST", path)
        for key, value in headers.items():
            conn.putheader(key, value)
        if chunked:
            conn.putheader("Transfer-Encoding", "chunked")
            conn.endheaders()
            step = 256 * 1024
            try:
                for i in range(0, len(body), step):
                    piece = body[i : i + step]
                    conn.send(b"%x\r\n%s\r\n" % (len(piece), piece))
                conn.send(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server refused and closed while we were still sending
        else:
            conn.putheader("Content-Length", str(len(body)))
            conn.endheaders()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                conn.send(body)
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        conn.close()


class HealthProbe:
    """Polls /healthz in the background; the slowest answer while an attack ran."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.worst_s = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
            try:
                conn.request("GET", "/healthz")
                assert conn.getresponse().status == 200
            finally:
                conn.close()
            self.worst_s = max(self.worst_s, time.monotonic() - started)
            time.sleep(0.05)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def million_keys() -> bytes:
    keys = ",".join(f'"k{i}":0' for i in range(1_000_000))
    return ('{"problem":"climbing-stairs","language":"python3","source":"x",' + keys + "}").encode()


def test_a_million_keys_is_refused_without_stalling_anyone(server: Server, token: str) -> None:
    body = million_keys()
    assert len(body) > 10 * 1024 * 1024
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    with HealthProbe(server) as probe:
        started = time.monotonic()
        status, payload = post(server, "/api/v1/submissions", body, auth)
        took = time.monotonic() - started
    assert status == 413 and payload["error"]["code"] == "too_large"  # type: ignore[index]
    assert took < 5 and probe.worst_s < 2, (took, probe.worst_s)


def test_many_keys_under_the_size_cap_are_refused(server: Server, token: str) -> None:
    keys = ",".join(f'"k{i}":0' for i in range(50_000))  # ~600 KiB: under the body cap
    body = ('{"problem":"climbing-stairs",' + keys + "}").encode()
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    status, payload = post(server, "/api/v1/submissions", body, auth)
    assert status == 413
    assert "keys and items" in payload["error"]["message"]  # type: ignore[index]


def test_deep_nesting_is_refused(server: Server, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    for depth in (40, 200_000):
        body = ('{"problem":' + "[" * depth + "]" * depth + "}").encode()
        status, payload = post(server, "/api/v1/runs", body, auth)
        assert status == 413, depth
        assert "nested deeper" in payload["error"]["message"]  # type: ignore[index]


def test_huge_bodies_are_refused_before_they_are_read(server: Server, token: str) -> None:
    before = rss_kib(server)
    huge = b"x" * (100 * 1024 * 1024)
    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    for headers in (auth, {"Content-Type": "application/json"}):  # logged in, anonymous
        status, payload = post(server, "/api/v1/submissions", huge, headers)
        assert status == 413 and payload["error"]["code"] == "too_large"  # type: ignore[index]
    status, _ = post(server, "/api/v1/submissions", huge, auth, chunked=True)  # no length
    assert status == 413
    status, _ = post(server, "/login", huge, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413
    assert rss_kib(server) - before < 50 * 1024


def test_anonymous_api_writes_are_refused_before_the_body(server: Server) -> None:
    status, payload = post(server, "/api/v1/runs", b'{"problem": "x"}', {})
    assert status == 401 and payload["error"]["code"] == "unauthorized"  # type: ignore[index]


def test_a_normal_submission_still_works(server: Server, token: str) -> None:
    source = "# 中文注释\n" * 2000  # non-ASCII, escaped by json.dumps: ~6x its characters
    body = {"problem": "climbing-stairs", "language": "python3", "source": source}
    created = server.api("POST", "/api/v1/submissions", token, body)
    assert created["status"] in ("pending", "judging", "done")


def test_a_hostile_bank_is_served_without_its_broken_packages(tmp_path: Path) -> None:
    bank = make_small_bank(tmp_path / "bank")
    secret = tmp_path / "host-secret"
    secret.write_text("tiku-host-secret-91c2")
    statement = bank / "problems/knapsack-01/statement/problem.en.md"
    statement.unlink()
    statement.symlink_to("../../../../host-secret")
    (bank / "problems/climbing-stairs/data/loop").symlink_to("loop")
    hostile = Server(tmp_path / "data", bank)
    hostile.start()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", hostile.port, timeout=30)
        conn.request("GET", "/api/v1/problems/knapsack-01")
        response = conn.getresponse()
        assert response.status == 404 and b"tiku-host-secret" not in response.read()
        conn.request("GET", "/api/v1/problems")
        listed = json.loads(conn.getresponse().read())
        assert [p["id"] for p in listed["items"]] == ["two-sum-data-structure"]
        conn.close()
    finally:
        hostile.stop()
    assert "2 broken package(s) skipped" in hostile.output
    assert "statement/problem.en.md: symlink (../../../../host-secret) resolves outside" in (
        hostile.output
    )
    assert "data/loop: symlink loop (loop)" in hostile.output
    leaked = [
        p for p in (tmp_path / "data").rglob("*") if p.is_file() and b"91c2" in p.read_bytes()
    ]
    assert leaked == []
