"""What a language's compilations reuse, built once per machine: precompiled headers and the
compiler's class archive.

- ``#include <bits/stdc++.h>`` costs a C++ compilation most of its second. A language may name
  headers to precompile (``precompiled_headers`` in ``languages.yaml``); each is compiled on the
  host with the language's own compile flags. The compile command gets ``-I`` the directory: g++
  looks for ``NAME.gch`` in each include directory before ``NAME``, and uses it only if it was
  built with compatible flags (else it reads the header, as without it).
- javac spends about a third of a small compilation loading its own classes from the JDK's
  module image. A language may declare a class archive (``compiler_class_archive``): its
  compiler compiles the language's self-test once with the archive's ``dump`` argument (JDK
  class-data sharing writes the classes it loaded), the archive is checked by a second
  compilation that uses it, and compile commands then get its ``use`` argument.

Each language's files go into one directory of this cache, named by everything that decides them
(the compiler binary, the flags, the headers or the files the archive depends on), built under a
file lock and published by an atomic rename. Sandboxes see it read-only. What is built here is the
system's own header, or the compiler run on tiku's own self-test, never anything of a submission.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tiku.judge.languages import Language

log = logging.getLogger(__name__)

BUILD_TIMEOUT_S = 300.0
DONE_MARK = "complete"
# The environment of the host-side compiler: nothing of the judge's own.
_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}


def header_flags(language: Language) -> list[str]:
    """The language's compile flags, without the compiler, its output and its source."""
    argv = list(language.spec.compile or [])[1:]
    flags: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "-o":
            skip = True
        elif "{" not in arg and not arg.startswith("-l"):
            flags.append(arg)
    return flags


ARCHIVE_NAME = "compiler.jsa"
# What a build directory holds; a new layout makes new directories (2: the headers themselves
# beside their .gch files).
LAYOUT = 2


@dataclass
class Precompiled:
    """The cache of what languages precompile, under ``root`` (one directory per build)."""

    root: Path
    _known: dict[str, Path | None] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def directory(self, language: Language) -> Path | None:
        """The directory of ``language``'s precompiled files, built now if missing; None if it
        has none or they cannot be built here (compilations then do without)."""
        spec = language.spec
        wanted = (spec.precompiled_headers and spec.precompiled_headers.headers) or (
            spec.compiler_class_archive
        )
        compiler = spec.compiler or language.interpreter
        if not wanted or compiler is None:
            return None
        with self._lock:
            if language.id not in self._known:
                self._known[language.id] = self._ensure(language, compiler)
            return self._known[language.id]

    def _ensure(self, language: Language, compiler: str) -> Path | None:
        spec = language.spec
        flags = header_flags(language)
        try:
            headers: dict[str, Path] = {}
            if spec.precompiled_headers is not None:
                kind = spec.precompiled_headers.language
                for name in spec.precompiled_headers.headers:
                    headers[name] = _locate(compiler, flags, kind, name)
            archive = spec.compiler_class_archive
            key_files = [Path(p) for p in archive.key_files] if archive else []
            key = _key(
                compiler, flags, spec.model_dump(mode="json"), [*headers.values(), *key_files]
            )
            target = self.root / key
            if (target / DONE_MARK).is_file():
                return target
            self.root.mkdir(parents=True, exist_ok=True)
            with _flock(self.root / f"{key}.lock"):
                if not (target / DONE_MARK).is_file():
                    self._build(target, language, compiler, flags, headers)
            return target
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            log.warning("nothing precompiled for %s: %s", language.id, exc)
            return None

    def _build(
        self,
        target: Path,
        language: Language,
        compiler: str,
        flags: list[str],
        headers: dict[str, Path],
    ) -> None:
        building = target.with_name(f"{target.name}.building-{os.getpid()}")
        shutil.rmtree(building, ignore_errors=True)
        try:
            building.mkdir(parents=True)
            spec = language.spec
            for name, path in headers.items():
                assert spec.precompiled_headers is not None
                output = building / f"{name}.gch"
                output.parent.mkdir(parents=True, exist_ok=True)
                kind = spec.precompiled_headers.language
                _run([compiler, *flags, "-x", kind, str(path), "-o", str(output)], building)
                # The header itself beside it: once g++ has used ``NAME.gch`` it takes this
                # directory for where NAME lives, and a second ``#include <NAME>`` (or one the
                # precompiled header cannot serve) opens NAME here; without it, that is a fatal
                # "No such file or directory" for valid code.
                shutil.copyfile(path, building / name)
            if spec.compiler_class_archive is not None:
                _build_class_archive(language, building / ARCHIVE_NAME)
            (building / DONE_MARK).write_text(json.dumps(sorted(os.listdir(building))))
            for dirpath, _, filenames in os.walk(building):
                # Readable by the sandboxes' unprivileged host user, whatever the umask.
                os.chmod(dirpath, 0o755)
                for name in filenames:
                    os.chmod(os.path.join(dirpath, name), 0o644)
            os.replace(building, target)
        finally:
            shutil.rmtree(building, ignore_errors=True)


def compile_arguments(language: Language, directory: str) -> list[str]:
    """The arguments a compile command gets (after the compiler) to use the precompiled files
    in ``directory`` (the path the sandbox sees)."""
    spec = language.spec
    arguments: list[str] = []
    if spec.precompiled_headers is not None:
        arguments += ["-I", directory]
    if spec.compiler_class_archive is not None:
        archive = f"{directory}/{ARCHIVE_NAME}"
        arguments.append(spec.compiler_class_archive.use.replace("{archive}", archive))
    return arguments


def _build_class_archive(language: Language, archive: Path) -> None:
    """Compile the self-test on the host with the archive's ``dump`` argument, then again with
    its ``use`` argument: a truncated or foreign archive crashes the JVM rather than being
    ignored, so one that does not compile the self-test is not published."""
    spec = language.spec
    assert spec.compiler_class_archive is not None
    with tempfile.TemporaryDirectory(prefix="tiku-archive-") as work:
        source = Path(work) / language.source_name_for(spec.self_test.source)
        source.write_text(spec.self_test.source)
        argv = [
            work if arg == "/box" else arg
            for arg in language.expand(list(spec.compile or []), src=str(source))
        ]
        for argument in (spec.compiler_class_archive.dump, spec.compiler_class_archive.use):
            _run([argv[0], argument.replace("{archive}", str(archive)), *argv[1:]], Path(work))
        if not archive.is_file() or not any(Path(work).glob("*.class")):
            raise ValueError("the compiler wrote no class archive")


def _run(argv: list[str], cwd: Path) -> None:
    subprocess.run(
        argv,
        env=_ENV,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=BUILD_TIMEOUT_S,
        check=True,
    )


def _locate(compiler: str, flags: list[str], kind: str, name: str) -> Path:
    """Where the compiler finds header ``name``: the first directory of its ``<...>`` search
    list that holds it (``-v`` prints the list; reading the list costs 10 ms, preprocessing the
    header itself 180 ms, and this runs in every judge process that compiles)."""
    language = "c++" if kind == "c++-header" else "c"
    done = subprocess.run(
        [compiler, *flags, "-x", language, "-E", "-v", "-o", os.devnull, os.devnull],
        env=_ENV,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    lines = done.stderr.splitlines()
    try:
        start = lines.index("#include <...> search starts here:") + 1
        end = lines.index("End of search list.", start)
    except ValueError:
        raise ValueError("the compiler does not show its include search list") from None
    for directory in lines[start:end]:
        path = Path(directory.strip()) / name
        if path.is_file():
            return path
    raise ValueError(f"<{name}> is in none of the compiler's include directories")


def _key(compiler: str, flags: list[str], spec: object, files: list[Path]) -> str:
    """Everything that decides the built files: the compiler binary, the flags, the language's
    entry, the headers and the files an archive depends on."""
    facts: list[object] = [LAYOUT, os.path.realpath(compiler), flags, spec]
    for path in [Path(compiler), *files]:
        info = os.stat(path)
        facts.append([str(path), info.st_size, info.st_mtime_ns])
    return hashlib.sha256(json.dumps(facts).encode()).hexdigest()[:20]


@contextlib.contextmanager
def _flock(path: Path) -> Iterator[None]:
    """One build at a time, across threads and processes (another judge may share the cache)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
