"""A real ``tiku serve`` in a subprocess, for the tests that need one (kill, restart, attacks)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from tests.service.postgres import free_port


class Server:
    def __init__(self, data: Path, bank: Path, **env: str) -> None:
        self.data, self.bank, self.port = data, bank, free_port()
        self.env = {"TIKU_SUBMIT_RATE_PER_MIN": "1000", **env}
        self.proc: subprocess.Popen[str] | None = None
        self.output = ""

    def start(self) -> None:
        env = {**os.environ, **self.env}
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tiku.web",
                "serve",
                "--data-dir",
                str(self.data),
                "--bank",
                str(self.bank),
                "--port",
                str(self.port),
                "--workers",
                "1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url("/healthz"), timeout=1).read()
                return
            except (urllib.error.URLError, ConnectionError):
                assert self.proc.poll() is None, self.proc.stdout.read() if self.proc.stdout else ""
                time.sleep(0.2)
        raise AssertionError("the server did not start")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        out, _ = self.proc.communicate(timeout=10)
        self.output += out

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                out, _ = self.proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                out, _ = self.proc.communicate()
            self.output += out

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def api(self, method: str, path: str, token: str, body: Any = None) -> Any:
        request = urllib.request.Request(
            self.url(path),
            method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=90) as response:
            return json.loads(response.read())

    def token(self, username: str = "admin") -> str:
        """A new API token of ``username`` (through the CLI, as an administrator would)."""
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "tiku.web",
                "token",
                "create",
                username,
                "--data-dir",
                str(self.data),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
