"""Importing the bank into the store, and reading problems and concepts back for pages and API.

A problem version is identified by the SHA-256 of its package files: a changed package becomes a
new version (and, with ``snapshot_packages``, a copy under DATA_DIR/packages), so a submission is
always judged, and shown, against the content it was made for.
"""

from __future__ import annotations

import hashlib
import shutil
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tiku.bank.catalog import problem_dirs
from tiku.bank.concept import Concept, load_concepts
from tiku.bank.package import ProblemPackage, load_package
from tiku.bank.schema import DEFAULT_MEMORY_MIB
from tiku.errors import TikuError
from tiku.service.errors import NotFound
from tiku.service.settings import Settings
from tiku.store import Database, Problem, ProblemVersion

SAMPLE_PREVIEW_CHARS = 2000


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = file.relative_to(path).as_posix()
        if "__pycache__" in rel:
            continue
        digest.update(rel.encode() + b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
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
                "input": test.input_path.read_text("utf-8", errors="replace")[
                    :SAMPLE_PREVIEW_CHARS
                ],
                "answer": test.answer_path.read_text("utf-8", errors="replace")[
                    :SAMPLE_PREVIEW_CHARS
                ],
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


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    new_versions: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    broken: dict[str, str] = field(default_factory=dict)

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
        self._lock = threading.Lock()
        self._packages: OrderedDict[int, ProblemPackage] = OrderedDict()
        self.concepts: dict[str, Concept] = {}

    # -- import -------------------------------------------------------------------------------

    def import_bank(self) -> ImportReport:
        report = ImportReport()
        seen: set[str] = set()
        for position, path in enumerate(problem_dirs(self.root)):
            slug = path.name
            try:
                package = load_package(path)
                digest = content_hash(path)
            except (TikuError, OSError) as exc:
                report.broken[slug] = str(exc)
                continue
            seen.add(slug)
            self._import_one(package, digest, position, report)
        with self.db.write() as s:
            for problem in s.scalars(select(Problem).where(Problem.active.is_(True))):
                if problem.slug not in seen and problem.slug not in report.broken:
                    problem.active = False
                    report.removed.append(problem.slug)
        self._load_concepts()
        return report

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
        if not self.settings.snapshot_packages:
            return source
        target = self.settings.data_dir / "packages" / slug / digest[:20]
        if not target.is_dir():
            partial = target.with_name(target.name + ".partial")
            shutil.rmtree(partial, ignore_errors=True)
            shutil.copytree(
                source, partial, ignore=shutil.ignore_patterns("__pycache__"), symlinks=False
            )
            partial.rename(target)
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
        package = load_package(path)
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
