"""Every fenced code block in the concept entries is checked, by language.

SCOPE: "Every code example in the bank must run and be tested by the project's own test suite".
The rules (also in docs/concept-format.md, "Code blocks"):

* every fence carries a language tag from :data:`KNOWN_LANGUAGES`;
* ```` ```python ```` blocks compile; unless marked illustrative, every module they import exists
  here and every name they import from it exists too (so an invented client API fails);
* a ```` ```python ```` block whose first line is ``# runnable`` is run in a subprocess (the
  repository on ``PYTHONPATH``, a fresh temporary working directory, a timeout) and must exit 0.
  Blocks that mention ``REDIS_URL`` get a real, freshly flushed ``redis-server`` (the one
  ``tests/concepts/conftest.py`` starts) through that environment variable;
* a block preceded by the line ``<!-- illustrative -->`` is text to read, not to run: it shows
  the API of a system that does not exist here (Kafka, ZooKeeper, Spark, MongoDB, ...). Go, Java,
  C and similar blocks must carry that marker;
* ```` ```lua ```` blocks are loaded into a real redis-server with ``SCRIPT LOAD`` (a syntax
  check by the interpreter that will run them); ```` ```yaml ```` blocks must parse.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
import yaml

from tests.concepts.conftest import redis_factory  # noqa: F401  (a fixture, used by name)

REPO_ROOT = Path(__file__).resolve().parents[2]
CONCEPTS_ROOT = REPO_ROOT / "bank" / "concepts"

RUNNABLE_MARK = "# runnable"
ILLUSTRATIVE_MARK = "<!-- illustrative -->"
RUN_TIMEOUT_S = 30

#: Languages that may appear. Everything else (or a fence without a tag) is a failure.
KNOWN_LANGUAGES = frozenset(
    {
        "python",
        "lua",
        "sql",
        "yaml",
        "bash",
        "sh",
        "text",
        "mermaid",
        "dockerfile",
        "promql",
        "http",
        "go",
        "java",
        "c",
        "cpp",
    }
)
#: Languages that cannot be run here: allowed only as illustrative text, marked as such.
ILLUSTRATIVE_ONLY = frozenset({"go", "java", "c", "cpp"})

#: The seeds' invented client APIs (SCOPE "Known errors in the seeds"); never in any block.
SEED_FAKE_APIS = (
    "client.shard_collection",
    "client.start_migrations",
    "import redisson",
    "getRedissonObject",
    "zookeeper.EventType",
    "zk.add_listener(callback, events",
)


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # 1-based line of the opening fence
    language: str
    source: str
    illustrative: bool

    @property
    def runnable(self) -> bool:
        return self.language == "python" and self.source.lstrip().startswith(RUNNABLE_MARK)

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(CONCEPTS_ROOT)}:{self.line}"


def extract_blocks(path: Path) -> list[Block]:
    """Fenced blocks of one markdown file, with the marker on the closest non-blank line above."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not stripped.startswith("```"):
            i += 1
            continue
        language = stripped[3:].strip().split(" ", 1)[0].lower()
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i])
            i += 1
        above = next((lines[j].strip() for j in range(start - 1, -1, -1) if lines[j].strip()), "")
        blocks.append(
            Block(path, start + 1, language, "\n".join(body) + "\n", above == ILLUSTRATIVE_MARK)
        )
        i += 1  # past the closing fence
    return blocks


MARKDOWN_FILES = sorted(CONCEPTS_ROOT.glob("*/*.md"))
BLOCKS = [block for path in MARKDOWN_FILES for block in extract_blocks(path)]
PYTHON = [b for b in BLOCKS if b.language == "python"]
RUNNABLE = [b for b in PYTHON if b.runnable]
CHECKED_IMPORTS = [b for b in PYTHON if not b.illustrative]
LUA = [b for b in BLOCKS if b.language == "lua"]
YAML = [b for b in BLOCKS if b.language == "yaml"]


def _ids(block: Block) -> str:
    return block.where


# ------------------------------------------------------------------------------ every block


def test_blocks_were_found() -> None:
    assert len(MARKDOWN_FILES) >= 60
    assert len(PYTHON) >= 20
    assert len(RUNNABLE) >= 15


@pytest.mark.parametrize("block", BLOCKS, ids=_ids)
def test_block_language_is_known(block: Block) -> None:
    assert block.language in KNOWN_LANGUAGES, f"{block.where}: fence tag {block.language!r}"


@pytest.mark.parametrize("block", BLOCKS, ids=_ids)
def test_non_python_code_is_marked_illustrative(block: Block) -> None:
    if block.language in ILLUSTRATIVE_ONLY:
        assert block.illustrative, f"{block.where}: put {ILLUSTRATIVE_MARK} on the line above"


@pytest.mark.parametrize("block", BLOCKS, ids=_ids)
def test_block_does_not_use_the_seed_fake_apis(block: Block) -> None:
    for fake in SEED_FAKE_APIS:
        assert fake not in block.source, f"{block.where}: {fake}"


# ---------------------------------------------------------------------------------- python


@pytest.mark.parametrize("block", PYTHON, ids=_ids)
def test_python_block_compiles(block: Block) -> None:
    compile(block.source, block.where, "exec")


@pytest.mark.parametrize("block", PYTHON, ids=_ids)
def test_runnable_and_illustrative_are_exclusive(block: Block) -> None:
    assert not (block.runnable and block.illustrative), block.where


def _imports(source: str) -> list[tuple[str, list[str]]]:
    """(module, names imported from it) for every absolute import in *source*."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and node.module != "__future__"
        ):
            found.append((node.module, [alias.name for alias in node.names]))
    return found


@pytest.mark.parametrize("block", CHECKED_IMPORTS, ids=_ids)
def test_python_block_imports_exist(block: Block) -> None:
    """Modules and names must exist here; code for absent systems must be marked illustrative."""
    for module, names in _imports(block.source):
        assert importlib.util.find_spec(module.split(".")[0]) is not None, (
            f"{block.where}: {module!r} is not installed; mark the block {ILLUSTRATIVE_MARK}"
            " or rewrite it against what exists here"
        )
        imported = importlib.import_module(module)
        for name in names:
            present = hasattr(imported, name) or (
                importlib.util.find_spec(f"{module}.{name}") is not None
            )
            assert present, f"{block.where}: {module} has no {name!r}"


def _run(block: Block, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    script = cwd / "snippet.py"
    script.write_text(block.source, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(script)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )


@pytest.mark.parametrize("block", RUNNABLE, ids=_ids)
def test_runnable_block_runs(block: Block, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env.pop("REDIS_URL", None)
    if "REDIS_URL" in block.source:
        factory: Callable[[], redis.Redis] = request.getfixturevalue("redis_factory")
        client = factory()
        client.flushall()
        socket_path = client.connection_pool.connection_kwargs["path"]
        client.close()
        env["REDIS_URL"] = f"unix://{socket_path}"
    result = _run(block, env, tmp_path)
    assert result.returncode == 0, (
        f"{block.where} exited {result.returncode}\n"
        f"--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
    )


# -------------------------------------------------------------------------- other languages


@pytest.mark.redis
@pytest.mark.parametrize("block", LUA, ids=_ids)
def test_lua_block_loads_into_redis(
    block: Block,
    redis_factory: Callable[[], redis.Redis],  # noqa: F811
) -> None:
    client = redis_factory()
    try:
        sha = client.script_load(block.source)
        assert re.fullmatch(r"[0-9a-f]{40}", sha)
    finally:
        client.close()


@pytest.mark.parametrize("block", YAML, ids=_ids)
def test_yaml_block_parses(block: Block) -> None:
    documents = [d for d in yaml.safe_load_all(block.source) if d is not None]
    assert documents, block.where


# ------------------------------------------------------------------------- the checker itself


def test_extractor_reads_markers_and_languages(tmp_path: Path) -> None:
    md = tmp_path / "x.md"
    md.write_text(
        "text\n\n<!-- illustrative -->\n\n```go\npackage x\n```\n\n"
        "```python\n# runnable\nprint(1)\n```\n```lua\nreturn 1\n```\n",
        encoding="utf-8",
    )
    blocks = [
        Block(CONCEPTS_ROOT / "x.md", b.line, b.language, b.source, b.illustrative)
        for b in extract_blocks(md)
    ]
    assert [(b.language, b.illustrative, b.runnable, b.line) for b in blocks] == [
        ("go", True, False, 5),
        ("python", False, True, 9),
        ("lua", False, False, 13),
    ]


def test_import_check_rejects_invented_apis() -> None:
    assert _imports("import redis\nfrom tiku.concepts.caches import LRUCache\n") == [
        ("redis", []),
        ("tiku.concepts.caches", ["LRUCache"]),
    ]
    fake = Block(CONCEPTS_ROOT / "x.md", 1, "python", "from redis import Redisson\n", False)
    with pytest.raises(AssertionError, match="Redisson"):
        test_python_block_imports_exist(fake)
    absent = Block(CONCEPTS_ROOT / "x.md", 1, "python", "import redisson\n", False)
    with pytest.raises(AssertionError, match="not installed"):
        test_python_block_imports_exist(absent)


def test_runner_reports_a_failing_snippet(tmp_path: Path) -> None:
    failing = Block(CONCEPTS_ROOT / "x.md", 1, "python", "# runnable\nraise SystemExit(3)\n", False)
    assert failing.runnable
    assert _run(failing, dict(os.environ), tmp_path).returncode == 3
