"""The ``tiku`` command line: parses arguments, drives the library, formats the answer.

Exit codes: 0 success (AC, every submission as expected); 1 a verdict other than AC or a failed
check; 2 usage error; 3 broken problem package; 4 unusable submission; 5 sandbox unavailable;
6 judge error.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import textwrap
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from tiku.bank.package import ProblemPackage, load_package
from tiku.bank.schema import DEFAULT_MEMORY_MIB
from tiku.errors import PackageError, TikuError
from tiku.judge.engine import WARM_SANDBOXES, Judge, JudgeSettings
from tiku.judge.languages import LanguageRegistry
from tiku.judge.selftest import self_test
from tiku.judge.verdict import JudgeResult, TestResult, Verdict
from tiku.judge.verify import Verifier
from tiku.sandbox.policy import SandboxPolicy

app = typer.Typer(add_completion=False, no_args_is_help=True, help="tiku: question bank and judge")
console = Console()
err_console = Console(stderr=True)

VERDICT_STYLE = {
    "AC": "bold green",
    "WA": "bold red",
    "TLE": "bold yellow",
    "MLE": "bold yellow",
    "RTE": "bold magenta",
    "OLE": "bold yellow",
    "CE": "bold blue",
    "JE": "bold red",
}


@app.callback()
def _options(
    ctx: typer.Context,
    insecure: Annotated[
        bool,
        typer.Option("--insecure", help="run even where an isolation layer is missing (unsafe)"),
    ] = False,
    no_compile_cache: Annotated[
        bool,
        typer.Option(
            "--no-compile-cache",
            help="compile every submission afresh and write no cache on disk (nor precompiled headers)",
        ),
    ] = False,
    cgroup_parent: Annotated[
        str | None,
        typer.Option(
            "--cgroup-parent",
            envvar="TIKU_CGROUP_PARENT",
            help="a cgroup delegated to this user, relative to each controller's root",
        ),
    ] = None,
    default_memory: Annotated[
        int,
        typer.Option(
            "--default-memory",
            envvar="TIKU_DEFAULT_MEMORY",
            min=16,
            help="memory limit (MiB) of a package that sets none (the format's system default; "
            "Kattis and problemtools use 1024)",
        ),
    ] = DEFAULT_MEMORY_MIB,
    sandbox_uid: Annotated[
        int,
        typer.Option(
            "--sandbox-uid",
            envvar="TIKU_SANDBOX_UID",
            help="when the judge runs as root: the unprivileged host uid its sandboxes run as",
        ),
    ] = 65534,
) -> None:
    """tiku: question bank and judge."""
    from tiku.judge.compile_cache import default_cache_dir

    cache_dir = None if no_compile_cache else default_cache_dir()
    ctx.obj = JudgeSettings(
        policy=SandboxPolicy(
            insecure=insecure,
            cgroup_parent=cgroup_parent,
            host_uid=sandbox_uid,
            bytecode_cache_dir=cache_dir.with_name("supervisor") if cache_dir else None,
        ),
        compile_cache_dir=cache_dir,
        default_memory_mib=default_memory,
        precompiled_dir=cache_dir.with_name("precompiled") if cache_dir else None,
    )


def _settings(ctx: typer.Context) -> JudgeSettings:
    root = ctx.find_root()
    return root.obj if isinstance(root.obj, JudgeSettings) else JudgeSettings()


def _judge(ctx: typer.Context, warm_sandboxes: int = 0) -> Judge:
    """The judge; ``warm_sandboxes`` for commands that judge many submissions (see
    ``SandboxPool``): close it when done."""
    settings = dataclasses.replace(_settings(ctx), warm_sandboxes=warm_sandboxes)
    return Judge(settings, LanguageRegistry.load())


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _fail(exc: TikuError, as_json: bool) -> typer.Exit:
    findings = getattr(exc, "findings", [])
    if as_json:
        _print_json(
            {
                "error": {
                    "type": type(exc).__name__,
                    "message": str(exc),
                    "findings": [vars(f) for f in findings],
                }
            }
        )
    else:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}")
        for finding in findings:
            err_console.print(f"  - {escape(str(finding))}")
    return typer.Exit(exc.exit_code)


def _load(problem: Path, as_json: bool) -> ProblemPackage:
    try:
        return load_package(problem)
    except PackageError as exc:
        raise _fail(exc, as_json) from None


def _styled(verdict: str) -> str:
    style = VERDICT_STYLE.get(verdict)
    return f"[{style}]{escape(verdict)}[/]" if style else escape(verdict)


def _tests_table(tests: list[TestResult]) -> Table:
    table = Table(show_header=True, header_style="bold")
    for column in ("test", "verdict", "time (s)", "wall (s)", "memory (KiB)", "message"):
        table.add_column(column)
    for t in tests:
        table.add_row(
            t.name,
            _styled(t.verdict.value),
            f"{t.time_s:.3f}",
            f"{t.wall_s:.3f}",
            str(t.memory_kib),
            escape(t.message.splitlines()[0]) if t.message else "",
        )
    return table


def _show_result(result: JudgeResult) -> None:
    if result.compile_output.strip():
        console.print("[bold]compiler output[/]")
        console.print(result.compile_output, markup=False, highlight=False)
    if result.tests:
        console.print(_tests_table(result.tests))
    console.print(
        f"{_styled(result.verdict.value)} {result.verdict.description}  "
        f"time {result.time_s:.3f} s  memory {result.memory_kib} KiB"
    )
    if result.message and result.verdict != Verdict.AC:
        console.print(result.message, markup=False, highlight=False)


@app.command()
def judge(
    ctx: typer.Context,
    problem: Annotated[Path, typer.Argument(help="problem package directory")],
    source: Annotated[Path, typer.Argument(help="source file of the submission")],
    lang: Annotated[
        str | None, typer.Option("--lang", help="language id (see 'tiku languages')")
    ] = None,
    run_all: Annotated[
        bool, typer.Option("--all", help="run every test, not only up to the first failure")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Judge SOURCE on every test of PROBLEM."""
    package = _load(problem, as_json)
    if not as_json:
        for warning in package.warnings:
            err_console.print(f"[yellow]{escape(warning)}[/]", highlight=False)
    engine = _judge(ctx)
    try:
        language = engine.languages.get(lang) if lang else engine.languages.for_file(source)
        text = _read_source(source)
        result = engine.judge(package, text, language, run_all=run_all)
    except TikuError as exc:
        raise _fail(exc, as_json) from None
    if as_json:
        _print_json(result.to_json())
    else:
        _show_result(result)
    if result.verdict == Verdict.JE:
        raise typer.Exit(6)
    raise typer.Exit(0 if result.verdict == Verdict.AC else 1)


def _read_source(source: Path) -> str:
    try:
        return source.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        from tiku.errors import SubmissionError

        raise SubmissionError(f"cannot read the source {source}: {exc}") from exc


@app.command()
def run(
    ctx: typer.Context,
    problem: Annotated[Path, typer.Argument(help="problem package directory")],
    source: Annotated[Path, typer.Argument(help="source file")],
    input_file: Annotated[Path, typer.Option("--input", help="the input to run on")],
    lang: Annotated[str | None, typer.Option("--lang")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """A custom test run: show the output, time and memory on one input."""
    package = _load(problem, as_json)
    if not as_json:
        for warning in package.warnings:
            err_console.print(f"[yellow]{escape(warning)}[/]", highlight=False)
    engine = _judge(ctx)
    try:
        language = engine.languages.get(lang) if lang else engine.languages.for_file(source)
        outcome = engine.custom_run(
            package, _read_source(source), language, input_file.read_bytes()
        )
    except TikuError as exc:
        raise _fail(exc, as_json) from None
    except OSError as exc:
        err_console.print(
            f"[bold red]error:[/] cannot read {escape(str(input_file))}: {escape(str(exc))}"
        )
        raise typer.Exit(4) from None
    if as_json:
        _print_json(outcome.to_json())
    else:
        if outcome.compile_output.strip():
            console.print(outcome.compile_output, markup=False, highlight=False)
        console.print("[bold]output[/]")
        console.print(outcome.output, markup=False, highlight=False)
        if outcome.stderr:
            console.print("[bold]standard error[/]")
            console.print(outcome.stderr, markup=False, highlight=False)
        console.print(
            f"{_styled(outcome.verdict)} time {outcome.time_s:.3f} s  "
            f"memory {outcome.memory_kib} KiB  {escape(outcome.message)}"
        )
    raise typer.Exit(0 if outcome.verdict in ("OK", "AC") else 1)


@app.command()
def verify(
    ctx: typer.Context,
    problem: Annotated[Path, typer.Argument(help="problem package directory")],
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="submissions judged at once (default: CPUs)")
    ] = 0,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Check the package and that every submission gets a verdict its folder allows."""
    import os

    package = _load(problem, as_json)
    try:
        jobs = jobs or os.cpu_count() or 1
        with _judge(ctx, warm_sandboxes=WARM_SANDBOXES) as judge:
            report = Verifier(judge).verify(package, jobs)
    except TikuError as exc:
        raise _fail(exc, as_json) from None
    if as_json:
        data = report.to_json()
        data["package_warnings"] = package.warnings
        _print_json(data)
    else:
        for warning in package.warnings:
            console.print(f"[yellow]{escape(warning)}[/]")
        source = "inferred" if report.time_limit_inferred else "from problem.yaml"
        console.print(f"time limit {report.time_limit_s:g} s ({source})")
        table = Table(show_header=True, header_style="bold")
        for column in ("submission", "expected", "got", "time (s)", "ok", "note"):
            table.add_column(column)
        for s in report.submissions:
            note = "; ".join(s.warnings) or (s.message.splitlines()[0] if s.message else "")
            table.add_row(
                s.path,
                ",".join(s.expected),
                _styled(s.got),
                f"{s.time_s:.3f}",
                "[green]yes[/]" if s.ok else "[red]NO[/]",
                escape(note),
            )
        console.print(table)
        for warning in report.warnings:
            console.print(f"[yellow]warning:[/] {escape(warning)}")
    raise typer.Exit(0 if report.ok and report.submissions else 1)


@app.command()
def languages(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the languages and whether their self-test passes on this machine."""
    registry = LanguageRegistry.load()
    settings = _settings(ctx)
    rows: list[dict[str, Any]] = []
    for lang in registry.languages.values():
        status, detail = (
            self_test(lang, settings) if lang.available else ("missing", "not installed")
        )
        rows.append(
            {
                "id": lang.id,
                "name": lang.spec.name,
                "extensions": lang.spec.extensions,
                "available": lang.available,
                "self_test": status,
                "detail": detail,
            }
        )
    if as_json:
        _print_json(rows)
    else:
        table = Table(show_header=True, header_style="bold")
        for column in ("id", "name", "extensions", "self-test", "detail"):
            table.add_column(column)
        for row in rows:
            style = "green" if row["self_test"] == "ok" else "red"
            table.add_row(
                str(row["id"]),
                str(row["name"]),
                " ".join(row["extensions"]),
                f"[{style}]{row['self_test']}[/]",
                str(row["detail"]),
            )
        console.print(table)
    raise typer.Exit(0 if any(r["self_test"] == "ok" for r in rows) else 1)


bank_app = typer.Typer(no_args_is_help=True, help="The built-in bank: list, generate, check.")
app.add_typer(bank_app, name="bank")


def _bank_root(root: Path | None) -> Path:
    from tiku.bank.catalog import default_bank_root

    return root or default_bank_root()


@bank_app.command("list")
def bank_list(
    root: Annotated[Path | None, typer.Option("--root", help="bank folder")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List the bank's problems (and concept entries)."""
    from tiku.bank.catalog import list_concepts, list_problems

    entries = list_problems(_bank_root(root)) + list_concepts(_bank_root(root))
    if as_json:
        _print_json(entries)
        return
    table = Table(show_header=True, header_style="bold")
    for column in ("id", "kind", "category", "difficulty", "title"):
        table.add_column(column)
    for e in entries:
        table.add_row(
            e["id"],
            e["kind"],
            str(e["category"]),
            str(e["difficulty"]),
            f"{e['title']['zh']} / {e['title']['en']}",
        )
    console.print(table)


@bank_app.command("generate")
def bank_generate(
    ctx: typer.Context,
    problem: Annotated[Path, typer.Argument(help="problem package directory")],
) -> None:
    """Regenerate data/secret of PROBLEM from generators/gen.py and the Python reference."""
    from tiku.bank.generate import generate

    package = _load_unchecked(problem)
    try:
        tests = generate(_judge(ctx), package)
    except TikuError as exc:
        raise _fail(exc, False) from None
    console.print(f"wrote {len(tests)} test(s) to {package.path / 'data' / 'secret'}")


@bank_app.command("crosscheck")
def bank_crosscheck(
    ctx: typer.Context,
    problem: Annotated[Path, typer.Argument(help="problem package directory")],
    count: Annotated[int, typer.Option("--count", "-n", help="random inputs", min=1)] = 2000,
    seed: Annotated[int, typer.Option("--seed", help="random seed")] = 1,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Judge submissions/accepted/independent.* against the reference on random inputs from
    generators/random_inputs.py; show every disagreement."""
    from tiku.bank.crosscheck import cross_check

    package = _load(problem, as_json)
    try:
        with _judge(ctx, warm_sandboxes=WARM_SANDBOXES) as judge:
            report = cross_check(judge, package, seed, count)
    except TikuError as exc:
        raise _fail(exc, as_json) from None
    if as_json:
        _print_json(report.to_json())
    else:
        for d in report.disagreements:
            console.print(f"[red]{d.name}[/]: {d.verdict} {escape(d.message)}", highlight=False)
            for label, text in (
                ("input", d.input),
                ("reference", d.expected),
                ("output", d.output),
            ):
                if text.strip():
                    block = textwrap.indent(text.rstrip("\n"), "    ")
                    console.print(f"  {label}:\n{escape(block)}", highlight=False)
        mark = "[green]agree[/]" if report.ok else "[red]DISAGREE[/]"
        console.print(
            f"{mark} {report.independent} vs the reference: {report.inputs} inputs (seed {seed}), "
            f"{len(report.disagreements)} disagreement(s)"
            + (f", {report.both_failed} both failed" if report.both_failed else "")
        )
    raise typer.Exit(0 if report.ok else 1)


def _load_unchecked(problem: Path) -> ProblemPackage:
    """Load a package even if its secret data is missing (generate creates it)."""
    from tiku.bank.diagnostics import Diagnostics
    from tiku.bank.package import inspect_package

    diag = Diagnostics()
    package = inspect_package(problem, diag)
    if package is None:
        raise _fail(
            PackageError(f"problem package '{problem}' is broken", list(diag.findings)), False
        )
    return package


@bank_app.command("check")
def bank_check(
    ctx: typer.Context,
    root: Annotated[Path | None, typer.Option("--root", help="bank folder")] = None,
    only: Annotated[list[str] | None, typer.Option("--only", help="check only these ids")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="problems checked at once")] = 1,
    cross_check: Annotated[
        int,
        typer.Option(
            "--cross-check", help="random inputs per problem for the independent solution (0: none)"
        ),
    ] = 200,
    seed: Annotated[int, typer.Option("--seed", help="the cross-check's random seed")] = 1,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Check every problem: schema, both languages, analysis, reproducible tests, verdicts, and
    the independent solution against the reference on random inputs."""
    from tiku.bank.catalog import BankChecker, ProblemCheck

    wanted = {name.strip() for item in only or [] for name in item.split(",") if name.strip()}
    results: list[ProblemCheck] = []
    with _judge(ctx, warm_sandboxes=WARM_SANDBOXES) as judge:
        checker = BankChecker(
            judge, _bank_root(root), cross_check_count=max(0, cross_check), cross_check_seed=seed
        )
        for check in checker.run(wanted, jobs):
            results.append(check)
            if as_json:
                continue
            mark = "[green]ok[/]" if check.ok else "[red]FAILED[/]"
            console.print(f"{mark} {check.id}")
            for line in check.errors:
                console.print(f"    [red]{escape(line)}[/]", markup=True, highlight=False)
    ok = all(c.ok for c in results) and bool(results)
    if as_json:
        _print_json({"ok": ok, "problems": [c.to_json() for c in results]})
    else:
        passed = sum(c.ok for c in results)
        console.print(f"bank: {passed} passed, {len(results) - passed} failed")
    raise typer.Exit(0 if ok else 1)


@app.command()
def doctor(ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Which sandbox layers this machine supports (the judge refuses to run without them)."""
    from tiku.sandbox.doctor import diagnose

    layers = diagnose(_settings(ctx).policy)
    if as_json:
        _print_json([{"layer": x.name, "ok": x.ok, "detail": x.detail} for x in layers])
    else:
        table = Table(show_header=True, header_style="bold")
        for column in ("layer", "status", "detail"):
            table.add_column(column)
        for layer in layers:
            status = "[green]ok[/]" if layer.ok else "[red]missing[/]"
            table.add_row(layer.name, status, layer.detail)
        console.print(table)
    raise typer.Exit(0 if all(x.ok for x in layers) else 1)


@app.command()
def show(
    entry_id: Annotated[str, typer.Argument(help="a problem or concept id (see 'tiku bank list')")],
    lang: Annotated[str, typer.Option("--lang", help="zh or en")] = "zh",
    analysis: Annotated[bool, typer.Option("--analysis", help="also show the analysis")] = False,
    root: Annotated[Path | None, typer.Option("--root", help="bank folder")] = None,
) -> None:
    """Read a problem statement or a concept entry in the terminal."""
    from rich.markdown import Markdown

    from tiku.bank.catalog import find_entry

    found = find_entry(_bank_root(root), entry_id)
    if found is None:
        err_console.print(f"[bold red]error:[/] no problem or concept '{entry_id}'")
        raise typer.Exit(1)
    kind, path = found
    if kind == "problem":
        parts = [path / "statement" / f"problem.{lang}.md"]
        if analysis:
            parts.append(path / "solution" / f"solution.{lang}.md")
    else:
        parts = [path / f"question.{lang}.md"]
        if analysis or lang == "zh":
            parts.append(path / f"analysis.{lang}.md")
        parts = [
            p if p.is_file() else p.with_name(p.name.replace(f".{lang}.", ".zh.")) for p in parts
        ]
    for part in parts:
        if part.is_file():
            console.print(Markdown(part.read_text("utf-8")))


from tiku.web.cli import register_web_commands  # noqa: E402

register_web_commands(app)


def main() -> None:
    app()
