"""Precompiled headers: a header most submissions include, compiled once per machine.

``#include <bits/stdc++.h>`` costs a C++ compilation most of its second. A language may name
headers to precompile (``precompiled_headers`` in ``languages.yaml``); each is compiled once, on
the host, with the language's own compile flags, into a directory of this cache named by
everything that decides the result (the compiler binary, the flags, the header file). Sandboxes
see the directory read-only and the compile command gets ``-I`` it: g++ looks for ``NAME.gch``
in each include directory before ``NAME``, and uses it only if it was built with compatible
flags (else it reads the header, as without it).

What is compiled here is the system's own header with the language's fixed flags, never anything
of a submission.
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


@dataclass
class PrecompiledHeaders:
    """The cache of precompiled headers under ``root`` (one directory per build)."""

    root: Path
    _known: dict[str, Path | None] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def directory(self, language: Language) -> Path | None:
        """The directory of ``language``'s precompiled headers, built now if missing; None if it
        has none or they cannot be built here (compilations then read the headers)."""
        spec = language.spec.precompiled_headers
        compiler = language.interpreter
        if spec is None or not spec.headers or compiler is None:
            return None
        with self._lock:
            if language.id not in self._known:
                self._known[language.id] = self._ensure(language, compiler)
            return self._known[language.id]

    def _ensure(self, language: Language, compiler: str) -> Path | None:
        spec = language.spec.precompiled_headers
        assert spec is not None
        flags = header_flags(language)
        try:
            headers = {name: _locate(compiler, flags, spec.language, name) for name in spec.headers}
            key = _key(compiler, flags, spec.language, headers)
            target = self.root / key
            if (target / DONE_MARK).is_file():
                return target
            self.root.mkdir(parents=True, exist_ok=True)
            with _flock(self.root / f"{key}.lock"):
                if not (target / DONE_MARK).is_file():
                    self._build(target, compiler, flags, spec.language, headers)
            return target
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            log.warning("no precompiled headers for %s: %s", language.id, exc)
            return None

    def _build(
        self,
        target: Path,
        compiler: str,
        flags: list[str],
        kind: str,
        headers: dict[str, Path],
    ) -> None:
        building = target.with_name(f"{target.name}.building-{os.getpid()}")
        shutil.rmtree(building, ignore_errors=True)
        try:
            for name, path in headers.items():
                output = building / f"{name}.gch"
                output.parent.mkdir(parents=True, exist_ok=True)
                subprocess.run(
                    [compiler, *flags, "-x", kind, str(path), "-o", str(output)],
                    env=_ENV,
                    cwd=building,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=BUILD_TIMEOUT_S,
                    check=True,
                )
            (building / DONE_MARK).write_text(json.dumps(sorted(headers)))
            for dirpath, _, filenames in os.walk(building):
                # Readable by the sandboxes' unprivileged host user, whatever the umask.
                os.chmod(dirpath, 0o755)
                for name in filenames:
                    os.chmod(os.path.join(dirpath, name), 0o644)
            os.replace(building, target)
        finally:
            shutil.rmtree(building, ignore_errors=True)


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


def _key(compiler: str, flags: list[str], kind: str, headers: dict[str, Path]) -> str:
    """Everything that decides the built files: the compiler binary, the flags, the headers."""
    facts: list[object] = [os.path.realpath(compiler), flags, kind]
    for path in [Path(compiler), *headers.values()]:
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
