"""Fixtures for the concept-code tests: a real, throwaway ``redis-server``.

The server is started once per test session on a Unix socket in a temporary directory (no TCP
port, no persistence) and killed at the end. Each test that uses the ``redis_client`` fixture gets
a flushed database. Without the binary the tests are skipped locally but *fail* when ``CI`` is set,
so a CI image that forgot to install Redis cannot pass silently.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from ._support import FakeClock

RedisFactory = Callable[[], "redis.Redis"]

_START_TIMEOUT_S = 10.0


def _find_redis_server() -> str | None:
    found = shutil.which("redis-server")
    if found is None and Path("/usr/bin/redis-server").exists():
        found = "/usr/bin/redis-server"
    return found


@pytest.fixture(scope="session")
def redis_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisFactory]:
    """Start redis-server and yield a function that opens a new client connection to it."""
    binary = _find_redis_server()
    if binary is None:
        message = (
            "redis-server binary not found: install it (e.g. `apt-get install redis-server`) "
            "to run the tests marked `redis`"
        )
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)

    workdir = tmp_path_factory.mktemp("redis")
    socket_path = workdir / "redis.sock"
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            "0",
            "--unixsocket",
            str(socket_path),
            "--unixsocketperm",
            "700",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def factory() -> redis.Redis:
        return redis.Redis(unix_socket_path=str(socket_path))

    try:
        deadline = time.monotonic() + _START_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"redis-server exited early with code {proc.returncode}")
            try:
                probe = factory()
                if probe.ping():
                    probe.close()
                    break
            except (redis.ConnectionError, FileNotFoundError):
                pass
            if time.monotonic() > deadline:
                pytest.fail("redis-server did not answer PING in time")
            time.sleep(0.02)
        yield factory
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def redis_client(redis_factory: RedisFactory) -> Iterator[redis.Redis]:
    """A connection to a freshly flushed database."""
    client = redis_factory()
    client.flushall()
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that touches the Redis fixtures carries the ``redis`` marker, so that
    ``-m "not redis"`` reliably deselects them even if a test forgot the decorator."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "redis_factory" in fixtures and item.get_closest_marker("redis") is None:
            item.add_marker(pytest.mark.redis)
