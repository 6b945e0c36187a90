"""The CLI's JSON shapes and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tests.conftest import FIXTURES
from tiku.cli import app

runner = CliRunner()


@pytest.mark.slow
def test_judge_json_shape() -> None:
    pkg = FIXTURES / "fn-two-sum"
    result = runner.invoke(
        app, ["judge", str(pkg), str(pkg / "submissions/accepted/hash.cpp"), "--json", "--all"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"verdict", "time_s", "memory_kib", "tests", "compile_output"}
    assert data["verdict"] == "AC"
    assert set(data["tests"][0]) >= {"name", "verdict", "time_s", "wall_s", "memory_kib", "message"}


@pytest.mark.slow
def test_judge_wrong_answer_exit_code() -> None:
    pkg = FIXTURES / "design-lru"
    result = runner.invoke(app, ["judge", str(pkg), str(pkg / "submissions/wrong_answer/fifo.py")])
    assert result.exit_code == 1
    assert "WA" in result.output


def test_broken_package_exit_code(tmp_path) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "problem.yaml").write_text("limits: {memory: lots}\n")
    result = runner.invoke(app, ["verify", str(tmp_path / "bad"), "--json"])
    assert result.exit_code == 3
    data = json.loads(result.output)
    keys = {f["key"] for f in data["error"]["findings"]}
    assert "limits.memory" in keys


def test_unknown_language(tmp_path) -> None:
    src = tmp_path / "x.rb"
    src.write_text("puts 1")
    result = runner.invoke(app, ["judge", str(FIXTURES / "aplusb"), str(src)])
    assert result.exit_code == 4


@pytest.mark.slow
def test_run_shows_what_the_program_printed_verbatim(tmp_path) -> None:
    """A custom run's human output: the program's bytes are shown as they are (never read as Rich
    markup, which would garble them or crash on a stray "[/]"), and a run without verdict is OK."""
    source = tmp_path / "markup.py"
    source.write_text('print("[/] [bold]not bold[/bold] [red]")\n')
    stdin = tmp_path / "in.txt"
    stdin.write_text("")
    result = runner.invoke(
        app, ["run", str(FIXTURES / "aplusb"), str(source), "--input", str(stdin)]
    )
    assert result.exit_code == 0, result.output
    assert "[/] [bold]not bold[/bold] [red]" in result.output
    assert "OK" in result.output


def test_the_judge_commands_start_without_the_web_stack() -> None:
    # `tiku judge` and `tiku verify` are run once per submission or package: the service's
    # imports (SQLAlchemy, FastAPI) would add a fifth of a second to each.
    code = "import sys, tiku.cli; print(sorted({'sqlalchemy', 'fastapi'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.slow
def test_default_memory_is_the_limit_of_a_package_that_sets_none(tmp_path) -> None:
    import shutil

    pkg = tmp_path / "aplusb"
    shutil.copytree(FIXTURES / "aplusb", pkg)
    config = (pkg / "problem.yaml").read_text()
    assert "  memory: 256\n" in config
    (pkg / "problem.yaml").write_text(config.replace("  memory: 256\n", ""))
    hog = tmp_path / "hog.py"
    # 400 MiB, zero-filled (so touched), then the right answer.
    hog.write_text("block = bytearray(400 << 20)\na, b = map(int, input().split())\nprint(a + b)\n")

    def verdict(*options: str) -> str:
        result = runner.invoke(app, [*options, "judge", str(pkg), str(hog), "--json"])
        return str(json.loads(result.output)["verdict"])

    assert verdict() == "AC"  # the format's typical system default, 2048 MiB
    assert verdict("--default-memory", "256") == "MLE"
    # A package that sets its limit keeps it, whatever the default.
    (pkg / "problem.yaml").write_text(config)
    assert verdict("--default-memory", "4096") == "MLE"


def test_judge_a_package_without_a_statement_warns(fixture_package) -> None:
    path = fixture_package("aplusb")
    for f in (path / "problem_statement").iterdir():
        f.unlink()
    result = runner.invoke(app, ["judge", str(path), str(path / "submissions/accepted/sol.py")])
    assert result.exit_code == 0, result.output
    assert "no problem statement" in result.output and "AC" in result.output
