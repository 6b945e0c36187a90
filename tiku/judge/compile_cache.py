"""A cache of compiled programs, keyed by everything that decides the compiler's output.

Authors run ``tiku verify`` again and again on the same submissions; recompiling them is most of the
time it takes. The key covers the language, the compiler binary (path, size, mtime), the compile
command and every source file placed in the sandbox; the value is what the compilation left in
``/box``. Only successful compilations are cached. Entries are written atomically and read as plain
bytes: nothing in the cache is executed outside the sandbox.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MAX_ENTRY_BYTES = 64 * 1024 * 1024


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tiku" / "compiled"


@dataclass(frozen=True)
class CompiledEntry:
    files: dict[str, bytes]
    output: str


@dataclass(frozen=True)
class CompileCache:
    directory: Path

    @staticmethod
    def key(tool: str, argv: list[str], sources: Mapping[str, bytes]) -> str:
        digest = hashlib.sha256()
        try:
            stat = os.stat(tool)
            identity = f"{os.path.realpath(tool)}:{stat.st_size}:{stat.st_mtime_ns}"
        except OSError:
            identity = tool
        digest.update(json.dumps([identity, argv]).encode())
        for name in sorted(sources):
            digest.update(name.encode() + b"\0" + hashlib.sha256(sources[name]).digest())
        return digest.hexdigest()

    def get(self, key: str) -> CompiledEntry | None:
        path = self.directory / key[:2] / key
        try:
            meta = json.loads((path / "meta.json").read_text("utf-8"))
            files = {name: (path / f"f{i}").read_bytes() for i, name in enumerate(meta["files"])}
            digests = meta["sha256"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        for name, data in files.items():
            if hashlib.sha256(data).hexdigest() != digests.get(name):
                shutil.rmtree(path, ignore_errors=True)  # damaged on disk: compile again
                return None
        return CompiledEntry(files, str(meta.get("output", "")))

    def put(self, key: str, entry: CompiledEntry) -> None:
        if sum(len(data) for data in entry.files.values()) > MAX_ENTRY_BYTES:
            return
        final = self.directory / key[:2] / key
        if final.exists():
            return
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=final.parent))
            names = sorted(entry.files)
            for i, name in enumerate(names):
                (staging / f"f{i}").write_bytes(entry.files[name])
            meta = {
                "files": names,
                "sha256": {n: hashlib.sha256(entry.files[n]).hexdigest() for n in names},
                "output": entry.output,
            }
            (staging / "meta.json").write_text(json.dumps(meta), "utf-8")
            os.rename(staging, final)
        except OSError:
            return  # a cache that cannot be written is only slower
