"""Importing the bank into the store, and reading problems and concepts back for pages and API.

A problem version is identified by the SHA-256 of its package files: a changed package becomes a
new version (and, with ``snapshot_packages``, a copy under DATA_DIR/packages), so a submission is
always judged, and shown, against the content it was made for.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tiku.bank.catalog import problem_dirs
from tiku.bank.concept import Concept, load_concepts
from tiku.bank.diagnostics import Diagnostics
from tiku.bank.package import PackageFile, PackageLimits, ProblemPackage, load_package, scan_files
from tiku.bank.schema import DEFAULT_MEMORY_MIB
from tiku.errors import PackageError, TikuError
from tiku.service.errors import NotFound
from tiku.service.settings import Settings
from tiku.store import Database, Problem, ProblemVersion

SAMPLE_PREVIEW_CHARS = 2000
HASH_CHUNK = 1024 * 1024
# Which content each package's files had when last imported (see ``stat_signature``).
IMPORT_CACHE = "bank-cache.json"

log = logging.getLogger(__name__)


def content_hash(path: Path, files: list[PackageFile]) -> str:
    """The SHA-256 of a package's files (read in chunks, never through a symlink: a link counts
    by its target text), as ``scan_files`` listed them."""
    digest = hashlib.sha256()
    for file in files:
        if "__pycache__" in file.rel:
            continue
        if file.link is not None:
            digest.update(b"L" + file.rel.encode() + b"\0" + file.link.encode() + b"\0")
            continue
        digest.update(file.rel.encode() + b"\0")
        fd = os.open(path / file.rel, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        with os.fdopen(fd, "rb") as handle:
            while chunk := handle.read(HASH_CHUNK):
                digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


def stat_signature(files: list[PackageFile]) -> str:
    """What ``lstat`` says of every file: if it is unchanged, so is the content (a write changes
    a file's ctime, which no one can set back)."""
    digest = hashlib.sha256()
    for f in files:
        digest.update(
            f"{f.rel}\0{f.size}\0{f.mtime_ns}\0{f.ctime_ns}\0{f.inode}\0{f.link}\n".encode()
        )
    return digest.hexdigest()


def version_meta(package: ProblemPackage) -> dict[str, Any]:
    """What pages and the API show of a version, computed once at import."""
    meta = package.config.tiku
    limits = package.config.limits
    samples = []
    for test in package.samples:
        samples.append(
            {
                "name": test.name,
                "input": _preview(test.input_path),
                "answer": _preview(test.answer_path),
            }
        )
    title = package.title
    return {
        "title": {
            "zh": title.get("zh", title.get("en", package.id)),
            "en": title.get("en", title.get("zh", package.id)),
        },
        "kind": meta.kind,
        "category": meta.category,
        "difficulty": meta.difficulty,
        "tags": list(meta.tags),
        "complexity": meta.complexity.model_dump() if meta.complexity else None,
        "function": meta.function.model_dump() if meta.function else None,
        "design": meta.design.model_dump(by_alias=True) if meta.design else None,
        "time_limit_s": limits.time_limit,
        # The service's judge keeps the default system default (``JudgeSettings``).
        "memory_mib": limits.memory or DEFAULT_MEMORY_MIB,
        "statements": sorted(package.statements),
        "solutions": sorted(package.solutions),
        "samples": samples,
        "test_count": len(package.tests),
    }


def _preview(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_PREVIEW_CHARS * 4)
    return head.decode("utf-8", errors="replace")[:SAMPLE_PREVIEW_CHARS]


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    new_versions: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    # slug -> its findings ("error: file: key: why"), for a package skipped as broken
    broken: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "new_versions": self.new_versions,
            "unchanged": len(self.unchanged),
            "removed": self.removed,
            "broken": self.broken,
        }


class BankService:
    """The problems (in the store) and concepts (in memory) of the bank being served."""

    def __init__(self, settings: Settings, db: Database) -> None:
        self.settings = settings
        self.db = db
        self.root = settings.resolved_bank_root
        self.limits = PackageLimits(
            max_file_mib=settings.max_package_file_mib, max_total_mib=settings.max_package_mib
        )
        self._lock = threading.Lock()
        self._packages: OrderedDict[int, ProblemPackage] = OrderedDict()
        self.concepts: dict[str, Concept] = {}

    # -- import -------------------------------------------------------------------------------

    def import_bank(self) -> ImportReport:
        """Import every package of the bank; a broken one is skipped with its findings (and
        nothing of it is kept), the others are served. A package whose files are unchanged since
        the last import (same ``lstat`` of every file) is not read again."""
        report = ImportReport()
        seen: set[str] = set()
        cache = self._read_cache()
        served = self._served_versions()
        fresh: dict[str, dict[str, str]] = {}
        for position, path in enumerate(problem_dirs(self.root)):
            slug = path.name
            diag = Diagnostics()
            files = scan_files(path, diag, self.limits)
            if not diag.ok:
                report.broken[slug] = [str(f) for f in diag.errors]
                continue
            signature = stat_signature(files)
            known = cache.get(slug, {})
            try:
                if known.get("signature") == signature and self._keep(
                    slug, known.get("content_hash", ""), position, report, served
                ):
                    digest = known["content_hash"]
                else:
                    package = load_package(path, self.limits)
                    if not package.statements:
                        raise PackageError(
                            "no statement",
                            ["error: statement/: no problem statement: nothing to publish"],
                        )
                    digest = content_hash(package.path, files)
                    self._import_one(package, digest, position, report)
            except (TikuError, OSError) as exc:  # OSError: unreadable, vanished, disk full
                report.broken[slug] = _findings(exc, slug)
                for listed in (report.added, report.new_versions):
                    if slug in listed:
                        listed.remove(slug)
                continue
            seen.add(slug)
            fresh[slug] = {"signature": signature, "content_hash": digest}
        with self.db.write() as s:
            for problem in s.scalars(select(Problem).where(Problem.active.is_(True))):
                if problem.slug not in seen and problem.slug not in report.broken:
                    problem.active = False
                    report.removed.append(problem.slug)
        self._write_cache(fresh)
        self._load_concepts()
        for slug, findings in report.broken.items():
            log.warning("problem package '%s' skipped: %s", slug, "; ".join(findings))
        return report

    def _served_versions(self) -> dict[tuple[str, str], tuple[int, str, tuple[object, ...]]]:
        """(slug, content hash) -> (version id, snapshot path, the problem's current version,
        active and position), for every version in the store: one query at import."""
        with self.db.read() as s:
            rows = s.execute(
                select(
                    Problem.slug,
                    ProblemVersion.content_hash,
                    ProblemVersion.id,
                    ProblemVersion.package_path,
                    Problem.current_version_id,
                    Problem.active,
                    Problem.position,
                ).join(ProblemVersion, ProblemVersion.problem_id == Problem.id)
            ).all()
        return {(r[0], r[1]): (r[2], r[3], (r[4], r[5], r[6])) for r in rows}

    def _keep(
        self,
        slug: str,
        digest: str,
        position: int,
        report: ImportReport,
        served: dict[tuple[str, str], tuple[int, str, tuple[object, ...]]],
    ) -> bool:
        """The unchanged package ``slug`` stays served as its version ``digest``, if the store
        (``served``: ``_served_versions``) still has that version and its snapshot; False when
        it must be imported again."""
        found = served.get((slug, digest))
        if found is None or not Path(found[1]).is_dir():
            return False
        version_id, _path, state = found
        if state != (version_id, True, position):
            with self.db.write() as s:  # only when something moved: a start writes nothing
                problem = s.scalar(select(Problem).where(Problem.slug == slug))
                if problem is None:
                    return False
                problem.current_version_id = version_id
                problem.active = True
                problem.position = position
        report.unchanged.append(slug)
        return True

    def _read_cache(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads((self.settings.data_dir / IMPORT_CACHE).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_cache(self, entries: dict[str, dict[str, str]]) -> None:
        path = self.settings.data_dir / IMPORT_CACHE
        partial = path.with_name(path.name + ".partial")
        try:
            partial.write_text(json.dumps(entries, sort_keys=True), "utf-8")
            partial.chmod(0o600)
            partial.replace(path)
        except OSError as exc:  # only a slower next start: the bank is served all the same
            log.warning("could not keep the bank import cache: %s", exc)
            partial.unlink(missing_ok=True)

    def _import_one(
        self, package: ProblemPackage, digest: str, position: int, report: ImportReport
    ) -> None:
        meta = version_meta(package)
        with self.db.write() as s:
            problem = s.scalar(select(Problem).where(Problem.slug == package.id))
            if problem is None:
                problem = Problem(slug=package.id, kind=meta["kind"], title_zh="", title_en="")
                s.add(problem)
                s.flush()
                report.added.append(package.id)
            version = s.scalar(
                select(ProblemVersion).where(
                    ProblemVersion.problem_id == problem.id, ProblemVersion.content_hash == digest
                )
            )
            if version is None:
                version = ProblemVersion(
                    problem_id=problem.id,
                    content_hash=digest,
                    package_path=str(self._snapshot(package.path, package.id, digest)),
                    meta=meta,
                )
                s.add(version)
                s.flush()
                if package.id not in report.added:
                    report.new_versions.append(package.id)
            elif package.id not in report.added:
                report.unchanged.append(package.id)
            problem.current_version_id = version.id
            problem.active = True
            problem.position = position
            problem.kind = meta["kind"]
            problem.category = meta["category"]
            problem.difficulty = meta["difficulty"]
            problem.tags = meta["tags"]
            problem.title_zh = meta["title"]["zh"]
            problem.title_en = meta["title"]["en"]
            problem.search_text = _search_text(package, meta)

    def _snapshot(self, source: Path, slug: str, digest: str) -> Path:
        """A private copy of the package (its symlinks, all relative and inside it, kept as
        links), made under a ``.partial`` name and renamed when whole: nothing half-copied is
        ever used, and a failed copy leaves nothing behind."""
        if not self.settings.snapshot_packages:
            return source
        target = self.settings.data_dir / "packages" / slug / digest[:20]
        if not target.is_dir():
            partial = target.with_name(target.name + ".partial")
            shutil.rmtree(partial, ignore_errors=True)
            try:
                shutil.copytree(
                    source, partial, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True
                )
                partial.rename(target)
            except BaseException:
                shutil.rmtree(partial, ignore_errors=True)
                raise
        return target

    def _load_concepts(self) -> None:
        base = self.root / "concepts"
        concepts = load_concepts(base) if base.is_dir() else []
        self.concepts = {c.id: c for c in concepts}

    # -- reading ------------------------------------------------------------------------------

    def package(self, version_id: int) -> ProblemPackage:
        """The loaded package of a version (a small LRU cache: loading reads many files)."""
        with self._lock:
            cached = self._packages.get(version_id)
            if cached is not None:
                self._packages.move_to_end(version_id)
                return cached
        with self.db.read() as s:
            version = s.get(ProblemVersion, version_id)
            if version is None:
                raise NotFound(f"no problem version {version_id}")
            path = Path(version.package_path)
        package = load_package(path, self.limits)
        with self._lock:
            self._packages[version_id] = package
            while len(self._packages) > 64:
                self._packages.popitem(last=False)
        return package

    def concept(self, concept_id: str) -> Concept:
        concept = self.concepts.get(concept_id)
        if concept is None:
            raise NotFound(f"no concept '{concept_id}'")
        return concept

    def concept_dir(self, concept_id: str) -> Path:
        self.concept(concept_id)
        return self.root / "concepts" / concept_id


def _findings(exc: TikuError | OSError, slug: str) -> list[str]:
    if isinstance(exc, OSError):
        return [f"error: {exc.filename or slug}: {exc.strerror or exc}"]
    findings = [str(f) for f in getattr(exc, "findings", [])]
    return findings or [f"error: {exc}"]


def _search_text(package: ProblemPackage, meta: dict[str, Any]) -> str:
    parts = [
        package.id,
        meta["title"]["zh"],
        meta["title"]["en"],
        meta["category"] or "",
        " ".join(meta["tags"]),
    ]
    for path in package.statements.values():
        try:
            parts.append(path.read_text("utf-8"))
        except OSError:
            continue
    return " ".join(parts).casefold()
