"""A submission made runnable inside a warm sandbox: files placed, compiled once, ready to run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from tiku.bank.schema import TikuMeta
from tiku.judge import drivers
from tiku.judge.compile_cache import MAX_ENTRY_BYTES, CompileCache, CompiledEntry
from tiku.judge.languages import Language, java_main_class
from tiku.judge.precompiled import compile_arguments
from tiku.sandbox.limits import Limits
from tiku.sandbox.outcome import RunOutcome
from tiku.sandbox.policy import SandboxPolicy
from tiku.sandbox.session import RunRequest, SandboxSession

COMPILE_OUTPUT_CAP_BYTES = 8 * 1024
WARM_COMPILE_SCRIPT = ".tiku-compile.py"
# Modules every warm Python sandbox imports up front. Kept empty: each module makes every fork and
# exit dearer, and the supervisor preloads the standard modules a script itself imports.
PYTHON_PRELOAD: tuple[str, ...] = ()
DEFAULT_SUPERVISOR_PYTHON = "/usr/bin/python3.11"


@dataclass(frozen=True)
class CompileLimits:
    cpu_time_s: float = 30.0
    wall_time_s: float = 60.0
    memory_kib: int = 2 * 1024 * 1024
    output_kib: int = 256 * 1024
    processes: int = 64

    def limits(self, language: Language) -> Limits:
        return Limits(
            cpu_time_s=self.cpu_time_s,
            wall_time_s=self.wall_time_s,
            memory_kib=self.memory_kib,
            output_kib=self.output_kib,
            processes=max(self.processes, language.spec.processes),
            address_space=language.spec.address_space,
            overhead_kib=language.spec.memory_overhead_mib * 1024,
        )


@dataclass(frozen=True)
class CompileResult:
    ok: bool
    output: str
    outcome: RunOutcome | None = None


PRECOMPILED_MOUNT = "/precompiled"


def precompiled_mounts(host_dirs: Sequence[str]) -> list[tuple[str, str]]:
    """(host directory, where the sandbox sees it) for each directory of precompiled files."""
    return [(path, f"{PRECOMPILED_MOUNT}/{index}") for index, path in enumerate(host_dirs)]


def open_session(
    policy: SandboxPolicy, language: Language, precompiled_dirs: Sequence[str] = ()
) -> SandboxSession:
    """A sandbox whose supervisor runs Python submissions warm (the language's own interpreter);
    ``precompiled_dirs`` (host directories of what the language precompiled) are bound read-only
    under ``/precompiled`` (see ``precompiled_mounts``)."""
    interpreter = language.interpreter if language.is_python else DEFAULT_SUPERVISOR_PYTHON
    assert interpreter is not None
    return SandboxSession(
        policy=policy,
        interpreter=interpreter,
        preload=PYTHON_PRELOAD if language.is_python else (),
        extra_ro_paths=language.ro_paths,
        ro_mounts=precompiled_mounts(precompiled_dirs),
    )


def _truncate(text: bytes) -> str:
    decoded = text[:COMPILE_OUTPUT_CAP_BYTES].decode("utf-8", errors="replace")
    if len(text) > COMPILE_OUTPUT_CAP_BYTES:
        decoded += "\n... (compiler output truncated)"
    return decoded


_PYTHON2_MARKERS = ("raw_input(", 'print "', "print '", "xrange(", "except Exception, ")


def _looks_like_python2(source: str) -> bool:
    return source.startswith("#!/usr/bin/env python2") or any(
        marker in source for marker in _PYTHON2_MARKERS
    )


@dataclass
class Program:
    """How to run a submission in ``session`` once it is prepared."""

    session: SandboxSession
    language: Language
    meta: TikuMeta | None
    source: str
    compile_limits: CompileLimits
    cache: CompileCache | None = None
    _argv: Sequence[str] = ()
    _script: str | None = None
    _placed: dict[str, bytes] = field(default_factory=dict)

    @property
    def precompiled_dirs(self) -> list[str]:
        """Directories of what the language precompiled (headers, the compiler's class archive),
        as the sandbox sees them: those ``open_session`` mounted in it."""
        prefix = f"{PRECOMPILED_MOUNT}/"
        return [inside for _, inside in self.session.ro_mounts if inside.startswith(prefix)]

    @property
    def uses_driver(self) -> bool:
        return self.meta is not None and self.meta.kind in ("function", "design")

    def prepare(self) -> CompileResult:
        """Place the sources in the sandbox and compile them there, with the compile limits."""
        lang = self.language
        kind = lang.spec.kind
        if kind == "python":
            self.place("sol.py", self.source.encode())
            self._argv = [lang.interpreter or "python3"]
            if self.uses_driver:
                assert self.meta is not None
                self.place("driver.py", drivers.python_driver(self.meta, "/in/sol.py").encode())
                self._script = "/in/driver.py"
            else:
                self._script = "/in/sol.py"
            compile_argv = lang.expand(lang.spec.compile or [], src="/in/sol.py")
            return self._compile(compile_argv)
        if kind == "native":
            text = self.source
            if self.uses_driver:
                assert self.meta is not None
                if lang.spec.extensions[0] != "cpp":
                    return CompileResult(False, f"{lang.spec.name} is not offered for this problem")
                text = drivers.cpp_driver(self.meta, self.source)
            self.place(lang.spec.source_name, text.encode())
            self._argv = lang.expand(lang.spec.run or [])
            compile_argv = lang.expand(lang.spec.compile or [], src=f"/in/{lang.spec.source_name}")
            return self._compile(self._with_precompiled(compile_argv))
        # JVM
        sources: list[str] = []
        if self.uses_driver:
            assert self.meta is not None
            driver = drivers.java_driver(self.meta)
            for name, text in driver.files.items():
                self.place(name, text.encode())
                sources.append(f"/in/{name}")
            user_class = java_main_class(self.source)
            user_name = f"{user_class}.java" if user_class != "Main" else "Solution.java"
            main_class = driver.main_class
        else:
            main_class = java_main_class(self.source)
            user_name = f"{main_class}.java"
        self.place(user_name, self.source.encode())
        sources.insert(0, f"/in/{user_name}")
        compile_argv = lang.expand(lang.spec.compile or [], src=sources[0]) + sources[1:]
        compile_argv = self._with_precompiled(compile_argv)
        self._argv = lang.expand(
            lang.spec.run or [],
            main_class=main_class,
            memory_mib="{memory_mib}",
            stack_mib="{stack_mib}",
        )
        return self._compile(compile_argv)

    def _with_precompiled(self, argv: list[str]) -> list[str]:
        """``argv`` using what the language precompiled (``precompiled.py``), if anything."""
        extra = [a for d in self.precompiled_dirs for a in compile_arguments(self.language, d)]
        return [argv[0], *extra, *argv[1:]]

    def place(self, name: str, data: bytes) -> None:
        """Put a source file in the sandbox's ``/in`` (it is part of the compile cache's key)."""
        self._placed[name] = data
        self.session.put(name, data)

    def _compile(self, argv: list[str]) -> CompileResult:
        cache_key = None
        if self.cache is not None and not self.language.is_python:
            cache_key = self.cache.key(argv[0], argv, self._placed)
            hit = self.cache.get(cache_key)
            if hit is not None and self._restore(hit.files):
                return CompileResult(True, hit.output)
        result = self._run_compiler(argv)
        if result.ok and cache_key is not None and self.cache is not None:
            files = self._collect_box()
            if files is not None:
                self.cache.put(cache_key, CompiledEntry(files, result.output))
        return result

    def _restore(self, files: dict[str, bytes]) -> bool:
        """Put a cached compilation back into ``/box`` (through ``/in``, read-only inside)."""
        for name, data in files.items():
            self.session.put(f"cache.{name}", data)
        script = 'for f in "$@"; do install -m 0755 "/in/cache.$f" "/box/$f" || exit 1; done'
        outcome = self.session.run(
            RunRequest(
                argv=["/bin/sh", "-c", script, "sh", *sorted(files)],
                limits=self.compile_limits.limits(self.language),
                cwd="/box",
                snapshot_box=True,
            )
        )
        return outcome.ok

    def _collect_box(self) -> dict[str, bytes] | None:
        names = self.session.box_files
        if not names:
            return None
        outcome = self.session.run(
            RunRequest(
                argv=["/bin/true"],
                limits=self.compile_limits.limits(self.language),
                collect={name: f"/box/{name}" for name in names},
                collect_cap_bytes=MAX_ENTRY_BYTES,
            )
        )
        files = {name: outcome.extra_files.get(name) for name in names}
        if not outcome.ok or any(data is None for data in files.values()):
            return None  # e.g. a directory (Java packages): not cached
        return {name: data for name, data in files.items() if data is not None}

    def _run_compiler(self, argv: list[str]) -> CompileResult:
        limits = self.compile_limits.limits(self.language)
        request = RunRequest(argv=argv, limits=limits, cwd="/box", snapshot_box=True)
        if self.language.is_python and "-c" in argv:
            # ``python ... -c CODE ARGS``: run CODE in the sandbox's warm interpreter (the same
            # Python) instead of starting another one.
            at = argv.index("-c")
            self.session.put(WARM_COMPILE_SCRIPT, argv[at + 1].encode())
            request = replace(
                request,
                argv=["-c", *argv[at + 2 :]],
                python_script=f"/in/{WARM_COMPILE_SCRIPT}",
            )
        outcome = self.session.run(request)
        output = _truncate(outcome.stdout + outcome.stderr)
        if outcome.timed_out_wall or outcome.cpu_time_s > limits.cpu_time_s:
            return CompileResult(False, output + "\ncompilation time limit exceeded", outcome)
        if outcome.sandbox_died:
            return CompileResult(False, output + "\nthe compiler was killed", outcome)
        if not outcome.ok:
            if self.language.is_python and _looks_like_python2(self.source):
                output += "\nnote: this looks like Python 2 code; tiku runs Python 3 only"
            if outcome.signal is not None and not output:
                output = f"the compiler was killed by signal {outcome.signal} (a limit was hit)"
            return CompileResult(False, output, outcome)
        return CompileResult(True, output, outcome)

    def run(self, stdin_name: str, limits: Limits) -> RunOutcome:
        """Run on ``/in/<stdin_name>`` with ``limits``."""
        return self.session.run(self.request(stdin_name, limits))

    def request(self, stdin_name: str, limits: Limits) -> RunRequest:
        """The sandbox request that runs the program on ``/in/<stdin_name>``."""
        memory_mib = max(limits.memory_kib // 1024, 16)
        heap_mib = max(memory_mib - 64, memory_mib // 2)
        argv = [
            arg.replace("{memory_mib}", str(heap_mib)).replace(
                "{stack_mib}", str(min(memory_mib, 1024))
            )
            for arg in self._argv
        ]
        return RunRequest(
            argv=argv,
            limits=limits,
            stdin=f"/in/{stdin_name}",
            python_script=self._script,
            result_channel=self.uses_driver,
            cwd="/tmp",
            prefork=True,
            exec_once=not self.language.spec.starts_programs,
            # A driver loads the solution itself: preload what the solution imports too.
            scan_imports=("/in/sol.py",) if self._script == "/in/driver.py" else (),
        )

    def compiled_files(self) -> dict[str, bytes] | None:
        """What the compilation left in ``/box`` (nothing for Python), for ``clone``; None where
        it cannot be copied (e.g. directories)."""
        return {} if self.language.is_python else self._collect_box()

    def clone(self, session: SandboxSession, compiled: dict[str, bytes]) -> Program | None:
        """The same prepared program in another sandbox (a second lane for the tests), without
        compiling again; None if the compiled files cannot be put back."""
        twin = Program(
            session,
            self.language,
            self.meta,
            self.source,
            self.compile_limits,
            cache=self.cache,
            _argv=self._argv,
            _script=self._script,
        )
        for name, data in self._placed.items():
            twin.place(name, data)
        if compiled and not twin._restore(compiled):
            return None
        return twin
