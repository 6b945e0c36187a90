"""Loading a problem package from disk into a checked, typed ``ProblemPackage``."""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from tiku.bank.yamlio import safe_load
from tiku.bank.diagnostics import Diagnostics
from tiku.bank.schema import DesignSig, FunctionSig, ProblemConfig
from tiku.errors import PackageError

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
SUBMISSION_DIRS = (
    "accepted",
    "wrong_answer",
    "time_limit_exceeded",
    "run_time_error",
    "memory_limit_exceeded",
    "output_limit_exceeded",
    "rejected",
    "brute_force",
)
SOURCE_EXTENSIONS = {".py", ".cpp", ".cc", ".cxx", ".c", ".java"}


MIB = 1024 * 1024


@dataclass(frozen=True)
class PackageLimits:
    """What a package may hold before it is refused: packages come from authors, not trusted."""

    max_file_mib: int = 256
    max_total_mib: int = 1024
    max_files: int = 20_000


@dataclass(frozen=True)
class PackageFile:
    """A regular file or a symlink of a package, as ``lstat`` saw it (nothing read)."""

    rel: str
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    link: str | None = None  # the symlink's target text, for a symlink


@dataclass(frozen=True)
class TestCase:
    """One test: where its input and answer live, and whether it is a sample."""

    name: str
    input_path: Path
    answer_path: Path
    sample: bool


@dataclass(frozen=True)
class Submission:
    path: Path
    folder: str

    @property
    def rel(self) -> str:
        return f"{self.folder}/{self.path.name}"


@dataclass(frozen=True)
class ProblemPackage:
    """A problem package that passed its checks."""

    path: Path
    config: ProblemConfig
    tests: list[TestCase]
    statements: dict[str, Path]
    solutions: dict[str, Path]
    output_validator: Path | None
    submissions: list[Submission]
    warnings: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.path.name

    @property
    def kind(self) -> str:
        return self.config.tiku.kind

    @property
    def title(self) -> dict[str, str]:
        return self.config.names()

    @property
    def samples(self) -> list[TestCase]:
        return [t for t in self.tests if t.sample]


def scan_files(
    root: Path, diag: Diagnostics, limits: PackageLimits = PackageLimits()
) -> list[PackageFile]:
    """Every file of the package, by ``lstat`` only: nothing is read, no link is followed.

    A symlink must be relative and resolve to something inside the package that is not one of
    its own ancestors (copying through such a link would never end); a dangling link, a loop, a
    link leaving the package, a FIFO or device, a file or a package over the limits is an error
    naming the file. The loader reads nothing of a package with such an error."""
    root = root.resolve()
    top = str(root)
    files: list[PackageFile] = []
    total = 0
    pending = [top]
    while pending:  # os.scandir with plain strings: a bank start lstats thousands of files
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            diag.error(_rel(folder, top), "", f"cannot be listed: {exc.strerror or exc}")
            continue
        for entry in entries:
            rel = _rel(entry.path, top)
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError as exc:
                diag.error(rel, "", f"cannot be read: {exc.strerror or exc}")
                continue
            if len(files) >= limits.max_files:
                diag.error(rel, "", f"the package has more than {limits.max_files} files")
                return files
            mode = info.st_mode
            if stat.S_ISDIR(mode):
                pending.append(entry.path)
            elif stat.S_ISLNK(mode):
                link = os.readlink(entry.path)
                if _check_link(root, Path(entry.path), rel, link, diag):
                    files.append(
                        PackageFile(
                            rel, 0, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, link=link
                        )
                    )
            elif stat.S_ISREG(mode):
                if info.st_size > limits.max_file_mib * MIB:
                    diag.error(rel, "", f"larger than {limits.max_file_mib} MiB")
                    continue
                total += info.st_size
                files.append(
                    PackageFile(rel, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
                )
            else:
                diag.error(rel, "", "not a regular file, directory or symlink (FIFO, device...)")
    if total > limits.max_total_mib * MIB:
        diag.error(".", "", f"the package is larger than {limits.max_total_mib} MiB")
    files.sort(key=lambda f: f.rel.split("/"))  # the order of sorted(Path.rglob(...))
    return files


def _rel(path: str, top: str) -> str:
    return path[len(top) + 1 :] or "."


def _check_link(root: Path, full: Path, rel: str, link: str, diag: Diagnostics) -> bool:
    if os.path.isabs(link):
        diag.error(rel, "", f"absolute symlink ({link}): use a relative one inside the package")
        return False
    try:
        target = full.resolve(strict=True)
    except FileNotFoundError:
        diag.error(rel, "", f"dangling symlink ({link})")
        return False
    except (RuntimeError, OSError):  # "Symlink loop" (RuntimeError before 3.13), ELOOP
        diag.error(rel, "", f"symlink loop ({link})")
        return False
    if not target.is_relative_to(root):
        diag.error(rel, "", f"symlink ({link}) resolves outside the package")
        return False
    if target.is_dir() and full.parent.resolve().is_relative_to(target):
        diag.error(rel, "", f"symlink loop ({link}): it points to a folder that contains it")
        return False
    return True


def load_package(path: Path | str, limits: PackageLimits = PackageLimits()) -> ProblemPackage:
    """Load and check a package; raise ``PackageError`` listing *every* finding."""
    diag = Diagnostics()
    package = inspect_package(Path(path), diag, limits)
    if package is None or not diag.ok:
        raise PackageError(
            f"problem package '{Path(path)}' has {len(diag.errors)} error(s)", list(diag.findings)
        )
    return package


def inspect_package(
    path: Path, diag: Diagnostics, limits: PackageLimits = PackageLimits()
) -> ProblemPackage | None:
    """Check a package, recording findings in ``diag``; return it when it is usable."""
    path = path.resolve()
    if not path.is_dir():
        diag.error(str(path), "", "not a directory")
        return None
    errors_before = len(diag.errors)
    scan_files(path, diag, limits)
    if len(diag.errors) > errors_before:
        return None  # nothing is read from a package whose files cannot be trusted
    if not ID_RE.match(path.name):
        diag.error(path.name, "", "the package directory name must be lowercase [a-z0-9_-]")
    config = _read_config(path, diag)
    statements = _statements(path, diag)
    solutions = {
        p.name.split(".")[1] if p.name.count(".") >= 2 else "en": p
        for p in sorted((path / "solution").glob("solution*.md"))
    }
    tests = _tests(path, diag)
    submissions = _submissions(path, diag)
    validator = None
    if config is not None:
        validator = _output_validator(path, config, diag)
        _check_tests_shape(config, tests, diag)
        if config.interactive:
            diag.error("problem.yaml", "validation", "interactive problems are not supported yet")
    if config is None:
        return None
    return ProblemPackage(
        path=path,
        config=config,
        tests=tests,
        statements=statements,
        solutions=solutions,
        output_validator=validator,
        submissions=submissions,
        warnings=[str(w) for w in diag.warnings],
    )


def _read_config(path: Path, diag: Diagnostics) -> ProblemConfig | None:
    file = path / "problem.yaml"
    if not file.is_file():
        diag.error("problem.yaml", "", "missing")
        return None
    try:
        raw = safe_load(file.read_text("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        diag.error("problem.yaml", "", f"not valid YAML: {exc}")
        return None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        diag.error("problem.yaml", "", "must be a mapping of keys to values")
        return None
    try:
        return ProblemConfig.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            key = ".".join(str(part) for part in err["loc"]) or "(top level)"
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = "unknown key (the schema is strict: check the spelling)"
            diag.error("problem.yaml", key, message)
        return None


def _statements(path: Path, diag: Diagnostics) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in ("statement", "problem_statement"):
        for file in sorted((path / folder).glob("problem*.*")):
            if file.suffix not in (".md", ".tex"):
                continue
            parts = file.name.split(".")
            lang = parts[1] if len(parts) == 3 else "en"
            found.setdefault(lang, file)
    if not found:  # needed to publish a problem, not to judge it
        diag.warning(
            "statement/",
            "",
            "no problem statement (statement/problem.<lang>.md): it can be judged, not published",
        )
    return found


def _tests(path: Path, diag: Diagnostics) -> list[TestCase]:
    data = path / "data"
    tests: list[TestCase] = []
    if not data.is_dir():
        diag.error("data/", "", "missing test data directory")
        return tests
    for group in ("sample", "secret"):
        root = data / group
        if not root.is_dir():
            if group == "secret":
                diag.error(f"data/{group}/", "", "missing")
            continue
        for inp in sorted(root.rglob("*.in")):
            rel = inp.relative_to(data)
            ans = inp.with_suffix(".ans")
            if not ans.is_file():
                diag.error(f"data/{rel}", "", "has no matching .ans file")
                continue
            name = str(rel.with_suffix(""))
            tests.append(
                TestCase(name=name, input_path=inp, answer_path=ans, sample=group == "sample")
            )
        for ans in sorted(root.rglob("*.ans")):
            if not ans.with_suffix(".in").is_file():
                diag.error(f"data/{ans.relative_to(data)}", "", "has no matching .in file")
    if not any(not t.sample for t in tests):
        diag.error("data/secret/", "", "no secret tests")
    return tests


def _submissions(path: Path, diag: Diagnostics) -> list[Submission]:
    subs: list[Submission] = []
    root = path / "submissions"
    if not root.is_dir():
        return subs
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name not in SUBMISSION_DIRS:
            diag.warning(f"submissions/{folder.name}/", "", "unknown submission folder, ignored")
            continue
        for file in sorted(folder.iterdir()):
            if file.is_file() and file.suffix in SOURCE_EXTENSIONS:
                subs.append(Submission(file, folder.name))
            elif not file.name.startswith("."):
                diag.warning(
                    f"submissions/{folder.name}/{file.name}",
                    "",
                    "not judged: tiku has no language for it (or it is a directory submission)",
                )
    return subs


def _output_validator(path: Path, config: ProblemConfig, diag: Diagnostics) -> Path | None:
    candidates = [path / "output_validator"]
    legacy = path / "output_validators"
    if legacy.is_dir():
        candidates += sorted(p for p in legacy.iterdir() if p.is_dir())
        candidates.append(legacy)
    for candidate in candidates:
        if candidate.is_dir() and any(
            f.suffix in SOURCE_EXTENSIONS for f in candidate.iterdir() if f.is_file()
        ):
            if not config.custom_validation and config.is_legacy:
                diag.warning(
                    str(candidate.relative_to(path)),
                    "",
                    "an output validator is present but validation is not 'custom': ignored",
                )
                return None
            return candidate
    if config.custom_validation:
        diag.error("problem.yaml", "validation", "custom validation but no output validator")
    return None


def _check_tests_shape(config: ProblemConfig, tests: list[TestCase], diag: Diagnostics) -> None:
    """For function and design problems every test must be JSON of the declared shape."""
    meta = config.tiku
    for test in tests:
        if meta.kind == "stdio":
            continue
        where = f"data/{test.name}.in"
        try:
            args = json.loads(test.input_path.read_text("utf-8"))
            json.loads(test.answer_path.read_text("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            diag.error(where, "", f"not valid JSON: {exc}")
            continue
        if meta.function is not None:
            _check_call(where, meta.function, args, diag)
        elif meta.design is not None:
            _check_ops(where, meta.design, args, diag)


def _check_call(where: str, sig: FunctionSig, args: object, diag: Diagnostics) -> None:
    if not isinstance(args, list) or len(args) != len(sig.params):
        diag.error(where, "", f"must be a JSON array of {len(sig.params)} argument(s)")


def _check_ops(where: str, sig: DesignSig, data: object, diag: Diagnostics) -> None:
    if not (isinstance(data, list) and len(data) == 2 and all(isinstance(x, list) for x in data)):
        diag.error(where, "", "must be a JSON array of two arrays: operations and arguments")
        return
    ops, args = data
    if len(ops) != len(args) or not ops:
        diag.error(where, "", "operations and arguments must have the same, non-zero length")
        return
    if ops[0] != sig.class_:
        diag.error(where, "", f"the first operation must be the constructor '{sig.class_}'")
    for op in ops[1:]:
        if sig.method(str(op)) is None:
            diag.error(where, "", f"unknown method '{op}'")
            return
