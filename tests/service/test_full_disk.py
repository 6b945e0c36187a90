"""A full disk (a real one: the data folder on a small tmpfs): reads go on, writes get a clear 507,
nothing is lost, and judging resumes by itself when space returns, without a restart."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.security.conftest import require
from tests.service.support import CLIMB_AC, CLIMB_SPIN, make_small_bank
from tiku.service import Settings, Tiku
from tiku.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    require(os.geteuid() == 0, "mounting a small tmpfs needs root")
    disk = tmp_path / "disk"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(disk)], check=True)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path) -> Path:
    filler = disk / "filler"
    with filler.open("wb") as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    return filler


def test_a_full_disk_loses_nothing_and_judging_resumes(small_disk: Path, tmp_path: Path) -> None:
    settings = Settings(
        data_dir=small_disk / "data",
        bank_root=make_small_bank(tmp_path / "bank"),
        snapshot_packages=False,
        submit_rate_per_min=1000,
        resume_interval_s=0.5,
    )
    service = Tiku(settings)
    service.start()
    try:
        service.accounts.create_user("full", "password123")
        token = service.accounts.create_token("full")
        auth = {"Authorization": f"Bearer {token}"}
        body = {"problem": "climbing-stairs", "language": "python3", "source": CLIMB_AC}
        with TestClient(create_app(tiku=service)) as client:
            spin = client.post(
                "/api/v1/submissions", headers=auth, json={**body, "source": CLIMB_SPIN}
            )
            queued = [
                client.post("/api/v1/submissions", headers=auth, json=body).json()["id"]
                for _ in range(3)
            ]
            filler = fill(small_disk)
            # Writes: a clear 507 in the one error shape, nothing half-stored.
            refused = client.post("/api/v1/submissions", headers=auth, json=body)
            assert refused.status_code == 507, refused.text
            assert refused.json()["error"]["code"] == "insufficient_storage"
            # Reads go on.
            assert client.get("/api/v1/problems").status_code == 200
            assert client.get(f"/api/v1/submissions/{queued[0]}", headers=auth).status_code == 200
            time.sleep(3)  # the spinner ends (TLE); what follows meets the full disk
            filler.unlink()  # space is back: no restart

            async def all_judged() -> None:
                for sid in [spin.json()["id"], *queued]:
                    await service.wait_for(sid, 90)

            asyncio.run(all_judged())
            verdicts = [
                client.get(f"/api/v1/submissions/{sid}", headers=auth).json()["verdict"]
                for sid in [spin.json()["id"], *queued]
            ]
            assert verdicts == ["TLE", "AC", "AC", "AC"]
            listed = client.get("/api/v1/submissions", headers=auth).json()["items"]
            assert len(listed) == 4  # the refused one was never stored
    finally:
        service.close()


def serve(data: Path, bank: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tiku.web", "serve", "--data-dir", str(data), "--bank", str(bank)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_corrupt_database_at_start_is_one_clear_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "tiku.db").write_bytes(b"not a database, " * 4096)
    done = serve(data, make_small_bank(tmp_path / "bank"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"tiku: error: cannot use the database sqlite:///{data / 'tiku.db'}: file is not a database"
    ]


def test_a_full_disk_at_start_is_one_clear_line(small_disk: Path, tmp_path: Path) -> None:
    bank = make_small_bank(tmp_path / "bank")
    fill(small_disk)
    done = serve(small_disk / "data", bank)
    assert done.returncode == 2, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tiku: error: "), done.stderr
    assert "Traceback" not in done.stderr
