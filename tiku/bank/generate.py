"""Reproducible hidden tests: run a package's generator and its reference solution, in the sandbox.

``generators/gen.py`` prints one JSON line per test, ``{"name", "input"}``; answers come from the
first ``submissions/accepted/*.py`` (by name). Nothing from a package runs outside the sandbox.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tiku.bank.package import ProblemPackage
from tiku.errors import PackageError
from tiku.judge.engine import (
    _INVALID,
    Judge,
    RunLimits,
    classify,
    parse_result,
    program_uses_driver,
)
from tiku.sandbox.limits import Limits

TEST_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$")
GENERATOR_LIMITS = Limits(
    cpu_time_s=60.0, wall_time_s=120.0, memory_kib=2 * 1024 * 1024, output_kib=256 * 1024
)


@dataclass(frozen=True)
class GeneratedTest:
    name: str
    input: bytes
    answer: bytes


def generator_path(package: ProblemPackage) -> Path | None:
    path = package.path / "generators" / "gen.py"
    return path if path.is_file() else None


INDEPENDENT_STEM = "independent"


def reference_path(package: ProblemPackage) -> Path:
    """The first ``submissions/accepted/*.py`` by name, never the independent solution (which is
    compared with the reference, so it cannot be it)."""
    candidates = sorted(
        p
        for p in (package.path / "submissions" / "accepted").glob("*.py")
        if p.stem != INDEPENDENT_STEM
    )
    if not candidates:
        raise PackageError(f"{package.id}: no Python reference in submissions/accepted/")
    return candidates[0]


def run_python_tool(
    judge: Judge, package: ProblemPackage, path: Path, stdin: bytes
) -> list[tuple[int, dict[str, object]]]:
    """Run a package's Python generator in the sandbox; its JSON lines, numbered from 1."""
    rel = path.relative_to(package.path)
    language = judge.languages.get("python3")
    program, compiled = judge.prepare(None, path.read_text("utf-8"), language)
    try:
        if not compiled.ok:
            raise PackageError(f"{package.id}: {rel} does not compile:\n{compiled.output}")
        program.session.put("input", stdin)
        outcome = program.run("input", GENERATOR_LIMITS)
    finally:
        judge.release(program.session)
    if not outcome.ok or outcome.output_truncated:
        raise PackageError(
            f"{package.id}: {rel} failed (exit {outcome.exit_code}, signal "
            f"{outcome.signal}): {outcome.stderr[-2000:].decode(errors='replace')}"
        )
    items: list[tuple[int, dict[str, object]]] = []
    for number, line in enumerate(outcome.stdout.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise PackageError(f"{package.id}: {rel} line {number}: not JSON ({exc})") from exc
        if not isinstance(item, dict) or not isinstance(item.get("input"), str):
            raise PackageError(f'{package.id}: {rel} line {number}: no "input" text')
        items.append((number, item))
    return items


def run_generator(judge: Judge, package: ProblemPackage) -> list[tuple[str, bytes]]:
    gen = generator_path(package)
    if gen is None:
        raise PackageError(f"{package.id}: no generators/gen.py")
    tests: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for number, item in run_python_tool(judge, package, gen, b""):
        name = str(item.get("name"))
        if not TEST_NAME_RE.match(name) or name in seen:
            raise PackageError(f"{package.id}: gen.py line {number}: bad or repeated name {name!r}")
        seen.add(name)
        tests.append((name, str(item["input"]).encode("utf-8")))
    return tests


def produce_answers(
    judge: Judge, package: ProblemPackage, inputs: list[tuple[str, bytes]]
) -> list[GeneratedTest]:
    ref = reference_path(package)
    language = judge.languages.for_file(ref)
    limits = judge.run_limits(package)
    cpu = min(max(limits.time_limit_s * 5, 5.0), 60.0)
    sandbox_limits = limits.sandbox_limits(language, judge.settings, cpu)
    generated = []
    program, compiled = judge.prepare(package.config.tiku, ref.read_text("utf-8"), language)
    try:
        if not compiled.ok:
            raise PackageError(f"{package.id}: the reference {ref.name} does not compile")
        reference_limits = RunLimits(cpu, limits.memory_kib, limits.output_kib)
        for name, data in inputs:
            program.session.put("input", data)
            outcome = program.run("input", sandbox_limits)
            verdict, message = classify(outcome, reference_limits)
            if verdict is not None:
                raise PackageError(
                    f"{package.id}: the reference fails on {name}: {verdict.value} {message}"
                )
            if program_uses_driver(package):
                value = parse_result(outcome.result or b"")
                if value is _INVALID:
                    raise PackageError(
                        f"{package.id}: the reference returned no valid result on {name}"
                    )
                answer = json.dumps(value, separators=(",", ":")) + "\n"
                generated.append(GeneratedTest(name, data, answer.encode()))
            else:
                generated.append(GeneratedTest(name, data, outcome.stdout))
    finally:
        judge.release(program.session)
    return generated


def generate(
    judge: Judge, package: ProblemPackage, target: Path | None = None
) -> list[GeneratedTest]:
    """Generate the secret tests into ``target`` (default: the package's ``data/secret``)."""
    tests = produce_answers(judge, package, run_generator(judge, package))
    out = target or package.path / "data" / "secret"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for test in tests:
        (out / f"{test.name}.in").write_bytes(test.input)
        (out / f"{test.name}.ans").write_bytes(test.answer)
    return tests


def check_reproducible(judge: Judge, package: ProblemPackage) -> list[str]:
    """Differences between the committed secret tests and a fresh generation."""
    with tempfile.TemporaryDirectory(prefix="tiku-gen-") as tmp:
        fresh = Path(tmp) / "secret"
        generate(judge, package, fresh)
        committed = package.path / "data" / "secret"
        problems = []
        fresh_names = {p.name for p in fresh.iterdir()}
        committed_names = {p.name for p in committed.rglob("*") if p.is_file()}
        for name in sorted(fresh_names - committed_names):
            problems.append(f"data/secret/{name} is generated but not committed")
        for name in sorted(committed_names - fresh_names):
            problems.append(f"data/secret/{name} is committed but not generated")
        for name in sorted(fresh_names & committed_names):
            if (fresh / name).read_bytes() != (committed / name).read_bytes():
                problems.append(f"data/secret/{name} differs from what gen.py produces")
        return problems
