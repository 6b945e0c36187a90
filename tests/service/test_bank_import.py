"""Importing the bank: hostile or broken packages are refused with findings and never read through;
the rest is served; nothing half-imported stays; an unchanged bank is not read again at start."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import tiku.service.bank
from tests.service.support import make_small_bank
from tiku.bank.package import load_package
from tiku.errors import PackageError
from tiku.service import Settings, Tiku

SECRET = "tiku-host-secret-7f3a"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A host folder outside every package, holding a 'secret' file."""
    folder = tmp_path / "host"
    folder.mkdir()
    (folder / "shadow").write_text(SECRET)
    return folder


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return make_small_bank(tmp_path / "bank")


def service(tmp_path: Path, bank: Path, **settings: object) -> Tiku:
    return Tiku(Settings(data_dir=tmp_path / "data", bank_root=bank, **settings))  # type: ignore[arg-type]


@pytest.fixture
def tiku_of(tmp_path: Path, bank: Path) -> Iterator[Tiku]:
    t = service(tmp_path, bank)
    t.db.upgrade()
    yield t
    t.close()


def data_files(t: Tiku) -> str:
    """Everything the data folder holds, as one text (to look for a leaked secret)."""
    texts = []
    for path in (t.settings.data_dir / "packages").rglob("*"):
        if path.is_file() and not path.is_symlink():
            texts.append(path.read_text(errors="replace"))
    return "\n".join(texts)


def test_a_statement_symlinked_out_of_the_package_is_refused(
    tiku_of: Tiku, bank: Path, outside: Path
) -> None:
    statement = bank / "problems/knapsack-01/statement/problem.en.md"
    statement.unlink()
    statement.symlink_to(os.path.relpath(outside / "shadow", statement.parent))
    report = tiku_of.reload_bank()
    findings = report.broken["knapsack-01"]
    assert any("statement/problem.en.md" in f and "outside the package" in f for f in findings)
    assert "knapsack-01" not in {e.slug for e in tiku_of.catalog.entries}
    assert {"climbing-stairs", "two-sum-data-structure"} <= {
        e.slug for e in tiku_of.catalog.entries
    }
    assert SECRET not in data_files(tiku_of)
    with pytest.raises(PackageError):  # the CLI refuses it as well
        load_package(bank / "problems/knapsack-01")


def test_a_folder_symlinked_out_of_the_package_is_not_copied(
    tiku_of: Tiku, bank: Path, outside: Path
) -> None:
    link = bank / "problems/knapsack-01/data/x"
    link.symlink_to(os.path.relpath(outside, link.parent))
    report = tiku_of.reload_bank()
    assert any("data/x" in f for f in report.broken["knapsack-01"])
    assert SECRET not in data_files(tiku_of)
    assert not list((tiku_of.settings.data_dir / "packages").glob("knapsack-01/*"))


@pytest.mark.parametrize(
    ("name", "target", "why"),
    [
        ("dangling", "no-such-file", "dangling symlink"),
        ("loop", "loop", "symlink loop"),
        ("up", "..", "symlink loop"),
        ("absolute", "/etc/hostname", "absolute symlink"),
    ],
)
def test_broken_links_skip_the_package_and_the_rest_is_served(
    tiku_of: Tiku, bank: Path, name: str, target: str, why: str
) -> None:
    (bank / "problems/climbing-stairs/data/secret" / name).symlink_to(target)
    report = tiku_of.reload_bank()
    assert report.broken["climbing-stairs"] == [
        f"error: data/secret/{name}: {why} ({target})"
        + (": it points to a folder that contains it" if target == ".." else "")
        + (": use a relative one inside the package" if why == "absolute symlink" else "")
    ]
    served = {e.slug for e in tiku_of.catalog.entries}
    assert served == {"knapsack-01", "two-sum-data-structure"}
    assert not list(tiku_of.settings.data_dir.rglob("*.partial"))


def test_a_link_inside_the_package_is_kept(tiku_of: Tiku, bank: Path) -> None:
    sample = bank / "problems/knapsack-01/data/sample"
    first = sorted(sample.glob("*.in"))[0]
    (sample / "copy.in").symlink_to(first.name)
    (sample / "copy.ans").symlink_to(first.with_suffix(".ans").name)
    report = tiku_of.reload_bank()
    assert not report.broken
    entry = tiku_of.catalog.get("knapsack-01")
    package = tiku_of.bank.package(entry.version_id)
    assert "sample/copy" in [t.name for t in package.tests]
    copy = Path(package.path) / "data/sample/copy.in"
    assert copy.is_symlink() and copy.read_text() == first.read_text()


def test_a_fifo_does_not_hang_the_import(tiku_of: Tiku, bank: Path) -> None:
    os.mkfifo(bank / "problems/knapsack-01/statement/problem.zh.md.fifo")
    report = tiku_of.reload_bank()
    assert any("FIFO" in f for f in report.broken["knapsack-01"])


def test_oversized_files_and_packages_are_refused_unread(tmp_path: Path, bank: Path) -> None:
    huge = bank / "problems/knapsack-01/data/secret/huge.in"
    with huge.open("wb") as handle:  # sparse: 2 GiB on paper, nothing on disk
        handle.truncate(2 * 1024**3)
    t = service(tmp_path, bank, max_package_file_mib=64)
    try:
        t.db.upgrade()
        report = t.reload_bank()
        assert report.broken["knapsack-01"] == ["error: data/secret/huge.in: larger than 64 MiB"]
        huge.unlink()
        big = bank / "problems/climbing-stairs/data/secret/big.in"
        with big.open("wb") as handle:
            handle.truncate(40 * 1024**2)
        t2 = service(tmp_path / "b", bank, max_package_file_mib=64, max_package_mib=32)
        try:
            t2.db.upgrade()
            report = t2.reload_bank()
            assert report.broken["climbing-stairs"] == [
                "error: .: the package is larger than 32 MiB"
            ]
        finally:
            t2.close()
    finally:
        t.close()


def test_a_failed_copy_leaves_nothing(
    tiku_of: Tiku, bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copytree = shutil.copytree

    def disk_full(src: str, dst: str, **kwargs: object) -> object:
        if "knapsack-01" in str(dst) and str(dst).endswith(".ans"):
            raise OSError(28, "No space left on device", dst)
        return shutil.copy2(src, dst)

    def copytree(src: str, dst: str, *args: object, **kwargs: object) -> object:
        if not args:  # the top call (copytree calls itself with positional arguments)
            kwargs["copy_function"] = disk_full
        return real_copytree(src, dst, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copytree", copytree)
    report = tiku_of.reload_bank()
    assert "No space left on device" in report.broken["knapsack-01"][0]
    assert "knapsack-01" not in report.added
    assert not list(tiku_of.settings.data_dir.rglob("*.partial"))
    monkeypatch.setattr(shutil, "copytree", real_copytree)
    report = tiku_of.reload_bank()  # space is back: imported
    assert "knapsack-01" in report.added and not report.broken


def test_an_unchanged_bank_is_not_read_again(
    tmp_path: Path, bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loads: list[str] = []
    real_load = tiku.service.bank.load_package

    def counting(path: Path, *args: object) -> object:
        loads.append(Path(path).name)
        return real_load(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(tiku.service.bank, "load_package", counting)

    def restart() -> list[str]:
        loads.clear()
        t = service(tmp_path, bank)
        try:
            t.db.upgrade()
            report = t.reload_bank()
            assert not report.broken and len(t.catalog.entries) == 3
            return sorted(loads)
        finally:
            t.close()

    assert restart() == ["climbing-stairs", "knapsack-01", "two-sum-data-structure"]
    assert restart() == []
    statement = bank / "problems/knapsack-01/statement/problem.en.md"
    statement.write_text(statement.read_text() + "\nOne more line.\n")
    assert restart() == ["knapsack-01"]
    shutil.rmtree(tmp_path / "data" / "packages" / "climbing-stairs")  # snapshot gone
    assert restart() == ["climbing-stairs"]
    (tmp_path / "data" / "bank-cache.json").write_text("{not json")
    assert len(restart()) == 3


def test_a_package_without_a_statement_is_judged_but_not_served(tiku_of: Tiku, bank: Path) -> None:
    for statement in (bank / "problems/knapsack-01/statement").iterdir():
        statement.unlink()
    load_package(bank / "problems/knapsack-01")  # judgeable (tiku judge warns)
    report = tiku_of.reload_bank()
    assert report.broken["knapsack-01"] == [
        "error: statement/: no problem statement: nothing to publish"
    ]


def test_the_content_hash_is_the_one_earlier_versions_stored() -> None:
    # A version is identified by its content hash: an upgrade of tiku must not make every
    # problem a new version. The formula before the scan: every regular file, sorted by path.
    import hashlib

    from tiku.bank.catalog import default_bank_root, problem_dirs
    from tiku.bank.diagnostics import Diagnostics
    from tiku.bank.package import scan_files
    from tiku.service.bank import content_hash

    for path in problem_dirs(default_bank_root())[:8]:
        digest = hashlib.sha256()
        for file in sorted(p for p in path.rglob("*") if p.is_file() and not p.is_symlink()):
            rel = file.relative_to(path).as_posix()
            if "__pycache__" in rel:
                continue
            digest.update(rel.encode() + b"\0" + file.read_bytes() + b"\0")
        assert content_hash(path, scan_files(path, Diagnostics())) == digest.hexdigest(), path
