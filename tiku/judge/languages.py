"""Languages as declarative entries (``languages.yaml``): compile and run commands, paths, self-test."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tiku.bank.yamlio import safe_load
from tiku.errors import SubmissionError


class SelfTest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str
    input: str
    output: str


class PrecompiledHeadersSpec(BaseModel):
    """Headers compiled once per machine with the compile command's flags (see
    ``precompiled.py``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: Literal["c-header", "c++-header"]
    headers: list[str]


class ClassArchiveSpec(BaseModel):
    """The compiler's own classes archived once per machine (JDK class-data sharing; see
    ``precompiled.py``): ``dump`` is the compile-command argument that writes the archive,
    ``use`` the one that loads it, both with ``{archive}`` for its path. ``key_files`` are files
    the archive depends on besides the compiler (a JDK update changes them)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dump: str
    use: str
    key_files: list[str] = Field(default_factory=list)


class LanguageSpec(BaseModel):
    """One entry of ``languages.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    version: str
    default: bool = False
    extensions: list[str]
    kind: Literal["python", "native", "jvm"]
    interpreters: list[str]
    compiler: str | None = None
    ro_paths: list[str] = Field(default_factory=list)
    source_name: str
    compile: list[str] | None = None
    run: list[str] | None = None
    address_space: bool = True
    # Whether a run may start other programs; False: its own exec is the only one (native code
    # could get around that, so it is for runtimes that cannot make arbitrary system calls).
    starts_programs: bool = True
    # Memory the runtime uses beyond the limit it is given (see ``Limits.overhead_kib``).
    memory_overhead_mib: int = 0
    processes: int = 64
    precompiled_headers: PrecompiledHeadersSpec | None = None
    compiler_class_archive: ClassArchiveSpec | None = None
    self_test: SelfTest


@dataclass(frozen=True)
class Language:
    """A language resolved on this machine (its interpreter or compiler found)."""

    id: str
    spec: LanguageSpec
    interpreter: str | None

    @property
    def available(self) -> bool:
        return self.interpreter is not None and (
            self.spec.compiler is None or os.path.exists(self.spec.compiler)
        )

    @property
    def is_python(self) -> bool:
        return self.spec.kind == "python"

    @property
    def ro_paths(self) -> list[str]:
        """Host paths the sandbox must see for this language (beyond ``/usr``)."""
        paths = list(self.spec.ro_paths)
        if self.interpreter and not self.interpreter.startswith("/usr/"):
            # e.g. a pyenv build: bind its whole prefix (``<prefix>/bin/python3.x``).
            paths.append(str(Path(self.interpreter).resolve().parent.parent))
        return paths

    def source_name_for(self, source: str) -> str:
        """The file name a source must have (Java: its public class)."""
        if self.spec.kind == "jvm":
            return f"{java_main_class(source)}.java"
        return self.spec.source_name

    def expand(self, argv: list[str], **values: str) -> list[str]:
        table = {"interpreter": self.interpreter or "", "compiler": self.spec.compiler or ""}
        table.update(values)
        return [_fill(arg, table) for arg in argv]


_JAVA_PUBLIC_CLASS = re.compile(r"public\s+(?:final\s+)?class\s+([A-Za-z_$][\w$]*)")
_JAVA_MAIN_CLASS = re.compile(
    r"class\s+([A-Za-z_$][\w$]*)[^{]*\{(?:(?!\bclass\b).)*?public\s+static\s+void\s+main\s*\(",
    re.S,
)


def java_main_class(source: str) -> str:
    """The class to run: the public class, else the class with ``main``, else ``Main``."""
    match = _JAVA_PUBLIC_CLASS.search(source) or _JAVA_MAIN_CLASS.search(source)
    return match.group(1) if match else "Main"


def _fill(arg: str, table: Mapping[str, str]) -> str:
    def repl(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in table:
            raise KeyError(f"unknown placeholder {{{key}}} in a language command")
        return table[key]

    return re.sub(r"\{([a-z_]+)\}", repl, arg)


def _find_interpreter(candidates: list[str]) -> str | None:
    for pattern in candidates:
        for path in sorted(glob.glob(os.path.expanduser(pattern)), reverse=True):
            if os.access(path, os.X_OK):
                return path
    return None


@dataclass(frozen=True)
class LanguageRegistry:
    """Every language tiku knows, keyed by id."""

    languages: Mapping[str, Language]

    @classmethod
    def load(cls, path: Path | None = None) -> LanguageRegistry:
        if path is None:
            text = resources.files("tiku.judge").joinpath("languages.yaml").read_text("utf-8")
        else:
            text = path.read_text("utf-8")
        raw = safe_load(text)
        languages = {}
        for lang_id, entry in raw.items():
            spec = LanguageSpec.model_validate(entry)
            languages[lang_id] = Language(lang_id, spec, _find_interpreter(spec.interpreters))
        return cls(languages)

    def get(self, lang_id: str) -> Language:
        lang = self.languages.get(lang_id)
        if lang is None:
            known = ", ".join(sorted(self.languages))
            raise SubmissionError(f"unknown language '{lang_id}' (known: {known})")
        if not lang.available:
            raise SubmissionError(f"language '{lang_id}' is not installed on this machine")
        return lang

    def for_file(self, path: Path | str) -> Language:
        """Guess the language from a file extension (the default Python for ``.py``)."""
        ext = Path(path).suffix.lstrip(".").lower()
        candidates = [lang for lang in self.languages.values() if ext in lang.spec.extensions]
        candidates.sort(key=lambda lang: not lang.spec.default)
        for lang in candidates:
            if lang.available:
                return lang
        if candidates:
            raise SubmissionError(f"no installed language for '.{ext}' files")
        raise SubmissionError(f"cannot tell the language of '{Path(path).name}': use --lang")
