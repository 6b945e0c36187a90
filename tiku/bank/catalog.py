"""The bank as a whole: where it lives, what it lists, and the checks ``tiku bank check`` runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from tiku.bank.crosscheck import (
    RANDOM_GENERATOR,
    cross_check,
    independent_path,
    random_generator_path,
)
from tiku.bank.diagnostics import Diagnostics
from tiku.bank.generate import INDEPENDENT_STEM
from tiku.bank.package import ProblemPackage, inspect_package, load_package
from tiku.errors import PackageError, TikuError
from tiku.judge.engine import Judge

REQUIRED_STATEMENT_LANGUAGES = ("zh", "en")


def default_bank_root() -> Path:
    """The bank installed with tiku (the ``bank/`` folder of the source tree, packaged)."""
    try:
        root = Path(str(resources.files("tiku_bank")))
        if (root / "problems").is_dir():
            return root
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[2] / "bank"


def problem_dirs(root: Path) -> list[Path]:
    base = root / "problems"
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if (p / "problem.yaml").is_file())


def list_entry(package: ProblemPackage) -> dict[str, Any]:
    meta = package.config.tiku
    title = package.title
    return {
        "id": package.id,
        "kind": "algorithm",
        "category": meta.category,
        "difficulty": meta.difficulty,
        "title": {
            "zh": title.get("zh", title.get("en", package.id)),
            "en": title.get("en", title.get("zh", package.id)),
        },
        "languages": sorted(package.statements),
        "problem_kind": meta.kind,
        "tags": meta.tags,
    }


def list_problems(root: Path) -> list[dict[str, Any]]:
    entries = []
    for path in problem_dirs(root):
        try:
            entries.append(list_entry(load_package(path)))
        except PackageError:
            continue  # a broken package is reported by 'bank check', not listed
    return entries


def list_concepts(root: Path) -> list[dict[str, Any]]:
    from tiku.bank.concept import load_concepts

    base = root / "concepts"
    if not base.is_dir():
        return []
    return [
        {
            "id": c.id,
            "kind": "concept",
            "category": c.category,
            "difficulty": c.difficulty,
            "title": {"zh": c.title.zh, "en": c.title.en},
            "languages": ["zh"],
            "tags": list(c.tags),
        }
        for c in load_concepts(base)
    ]


def find_entry(root: Path, entry_id: str) -> tuple[str, Path] | None:
    """Where an id lives: ``("problem", path)`` or ``("concept", path)``."""
    for kind, folder in (("problem", "problems"), ("concept", "concepts")):
        path = root / folder / entry_id
        if path.is_dir():
            return kind, path
    return None


@dataclass
class ProblemCheck:
    id: str
    ok: bool
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "ok": self.ok, "errors": self.errors, "warnings": self.warnings}


def check_content(path: Path) -> tuple[ProblemPackage | None, Diagnostics]:
    """The bank's own rules on top of the package format: both languages, an analysis, metadata."""
    diag = Diagnostics()
    package = inspect_package(path, diag)
    if package is None:
        return None, diag
    meta = package.config.tiku
    for lang in REQUIRED_STATEMENT_LANGUAGES:
        if lang not in package.statements:
            diag.error(f"statement/problem.{lang}.md", "", "missing (the bank needs zh and en)")
        if lang not in package.title:
            diag.error("problem.yaml", f"name.{lang}", "missing")
    if "zh" not in package.solutions:
        diag.error("solution/solution.zh.md", "", "missing: every problem needs its analysis")
    for key in ("category", "difficulty", "complexity", "scope"):
        if getattr(meta, key) is None:
            diag.error("problem.yaml", f"tiku.{key}", "required in the bank")
    if not any(s.folder == "accepted" and s.path.suffix == ".py" for s in package.submissions):
        diag.error("submissions/accepted/", "", "needs a Python reference solution")
    if not (path / "generators" / "gen.py").is_file():
        diag.error("generators/gen.py", "", "missing: hidden tests must be reproducible")
    if random_generator_path(package) is None:
        diag.error(str(RANDOM_GENERATOR), "", "missing: the cross-check needs random inputs")
    if independent_path(package) is None:
        diag.error(
            f"submissions/accepted/{INDEPENDENT_STEM}.*",
            "",
            "missing: a solution written from the statement alone, cross-checked with the reference",
        )
    return package, diag


def check_problem(
    path: Path,
    verify: Callable[[ProblemPackage], tuple[bool, list[str]]],
    reproduce: Callable[[ProblemPackage], list[str]],
    cross_check: Callable[[ProblemPackage], list[str]] | None = None,
) -> ProblemCheck:
    package, diag = check_content(path)
    errors = [str(f) for f in diag.errors]
    warnings = [str(f) for f in diag.warnings]
    if package is not None and not errors:
        errors += reproduce(package)
        ok, notes = verify(package)
        if not ok:
            errors += notes
        else:
            warnings += notes
        if cross_check is not None:
            errors += cross_check(package)
    return ProblemCheck(path.name, not errors, errors, warnings)


@dataclass
class BankChecker:
    """``tiku bank check``: the concept entries, then every problem (several at once if asked)."""

    judge: Judge
    root: Path
    # The randomized cross-check of each independent solution: how many inputs (0: none), and
    # the seed, fixed so that a check repeats exactly.
    cross_check_count: int = 200
    cross_check_seed: int = 1

    def verify(self, package: ProblemPackage) -> tuple[bool, list[str]]:
        from tiku.judge.verify import Verifier

        report = Verifier(self.judge).verify(package)
        notes = [
            f"{s.path}: expected {','.join(s.expected)}, got {s.got} ({s.message})"
            for s in report.submissions
            if not s.ok
        ]
        notes += [f"{s.path}: {w}" for s in report.submissions for w in s.warnings]
        return report.ok and bool(report.submissions), notes

    def reproduce(self, package: ProblemPackage) -> list[str]:
        from tiku.bank.generate import check_reproducible

        try:
            return check_reproducible(self.judge, package)
        except TikuError as exc:
            return [str(exc)]

    def cross_check(self, package: ProblemPackage) -> list[str]:
        count = min(self.cross_check_count, package.config.tiku.crosscheck_inputs or (1 << 30))
        try:
            report = cross_check(self.judge, package, self.cross_check_seed, count)
        except TikuError as exc:
            return [f"cross-check: {exc}"]
        return report.findings()

    def check_concepts(self) -> ProblemCheck:
        from tiku.bank.concept import check_bank

        findings = check_bank(self.root / "concepts", Path(__file__).resolve().parents[2])
        return ProblemCheck(
            "concepts", not findings, [f"{f.path}: {f.key}: {f.message}" for f in findings]
        )

    def run(self, only: set[str], jobs: int = 1) -> Iterator[ProblemCheck]:
        if not only and (self.root / "concepts").is_dir():
            yield self.check_concepts()
        paths = [p for p in problem_dirs(self.root) if not only or p.name in only]
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            cross = self.cross_check if self.cross_check_count > 0 else None
            yield from pool.map(
                lambda p: check_problem(p, self.verify, self.reproduce, cross), paths
            )
        for name in sorted(only - {p.name for p in paths}):
            yield ProblemCheck(name, False, [f"no problem '{name}' in the bank"])
