"""Concept entries (概念/系统设计题): the on-disk format, its schema and its checker.

A concept entry is a folder ``bank/concepts/<id>/`` holding ``concept.yaml`` (metadata, review
cards), ``question.zh.md`` and ``analysis.zh.md`` (plus an optional ``analysis.en.md``). The
format is described for humans in ``docs/concept-format.md``.

Two entry points, deliberately different:

* :func:`load_concept` is for code that *uses* the bank: it returns a validated :class:`Concept`
  or raises :class:`ConceptFormatError`.
* :func:`check_concept` is for authors and CI: it never raises on a bad entry and returns every
  problem it finds as a :class:`Finding`, so one run shows all that is wrong with an entry
  (the problemtools ``Diagnostics`` habit, not exceptions).

Nothing in an entry is ever executed; YAML is read with a safe loader only (``tiku.bank.yamlio``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Final, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from tiku.bank.yamlio import safe_load

__all__ = [
    "ANALYSIS_EN_HEADINGS",
    "ANALYSIS_ZH_HEADINGS",
    "CONCEPT_FILE",
    "SCOPE_PART_A_ITEMS",
    "SEED_ERRORS",
    "Card",
    "Concept",
    "ConceptFormatError",
    "Finding",
    "LocalizedText",
    "Reference",
    "check_bank",
    "check_concept",
    "load_concept",
    "load_concepts",
]

CONCEPT_FILE: Final = "concept.yaml"
QUESTION_ZH_FILE: Final = "question.zh.md"
ANALYSIS_ZH_FILE: Final = "analysis.zh.md"
ANALYSIS_EN_FILE: Final = "analysis.en.md"

REQUIRED_FILES: Final = (CONCEPT_FILE, QUESTION_ZH_FILE, ANALYSIS_ZH_FILE)
OPTIONAL_FILES: Final = (ANALYSIS_EN_FILE,)

#: Level-2 headings every ``analysis.zh.md`` must have, in this order.
ANALYSIS_ZH_HEADINGS: Final = ("要点", "详细分析", "常见误区", "追问")
#: Level-2 headings an ``analysis.en.md`` must have, in this order, when it exists.
ANALYSIS_EN_HEADINGS: Final = ("Key points", "Analysis", "Common mistakes", "Follow-up questions")

MIN_CARDS: Final = 5

#: The items of SCOPE part A, named as SCOPE names them. The first 16 come from the ``000_`` seed,
#: the other 20 from the ``004_`` seed. Every item must be covered by some entry's
#: ``scope_items``.
SCOPE_PART_A_ITEMS: Final[tuple[str, ...]] = (
    # 000_ seed, questions 1-16 (17-30 repeat earlier ones)
    "设计消息队列系统",
    "LRU 缓存",
    "分布式系统一致性",
    "数据库查询性能优化",
    "负载均衡系统设计",
    "分布式锁",
    "缓存系统",
    "单点故障",
    "分布式队列",
    "分布式缓存",
    "分布式任务队列",
    "分布式协调器",
    "分布式数据库",
    "分布式缓存一致性",
    "分布式任务调度器",
    "分布式消息队列",
    # 004_ seed, interview topics 1-20
    "微服务架构",
    "一致性模型",
    "缓存系统设计与实现",
    "消息队列原理与应用",
    "分库分表",
    "负载均衡算法",
    "高性能网络编程",
    "分布式锁实现与优化",
    "分布式事务",
    "分布式存储系统设计",
    "容器化与编排",
    "Kubernetes 核心概念",
    "DevOps",
    "CI/CD 流程设计",
    "微服务性能监控与调优",
    "大数据框架",
    "机器学习与人工智能基础",
    "安全编程与漏洞防护",
    "API 网关",
    "云原生与云服务选型",
)

#: The known seed errors listed in SCOPE, by a stable key (see docs/concept-format.md).
SEED_ERRORS: Final[dict[str, str]] = {
    "redis-release-without-owner-check": (
        "Redis lock release deletes the key without checking the owner token"
    ),
    "zk-exists-then-create-race": "ZooKeeper lock does exists() then create(): a race",
    "go-lru-broken-and-lru-lfu-swapped": (
        "Go LRUCache is not LRU (broken queue, O(n) per op); LRU and LFU definitions swapped"
    ),
    "go-lock-set-then-setnx": "Go distributed lock does SET then SETNX (SETNX always fails)",
    "nonexistent-client-apis": (
        "MongoDB/ZooKeeper/redisson snippets call APIs that do not exist in those Python clients"
    ),
    "read-your-writes-as-lock-property": (
        "Read-your-writes described as a property of a distributed lock"
    ),
}

SeedError = Literal[
    "redis-release-without-owner-check",
    "zk-exists-then-create-race",
    "go-lru-broken-and-lru-lfu-swapped",
    "go-lock-set-then-setnx",
    "nonexistent-client-apis",
    "read-your-writes-as-lock-property",
]

Category = Literal[
    "caching",
    "messaging",
    "consistency",
    "storage",
    "distributed-coordination",
    "networking",
    "architecture",
    "devops",
    "security",
    "data",
    "ml",
]

Difficulty = Literal["easy", "medium", "hard"]

ID_PATTERN: Final = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
CODE_PATH_PATTERN: Final = r"^tiku/concepts/[a-z_][a-z0-9_]*\.py$"

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
KebabId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
CodePath = Annotated[str, StringConstraints(pattern=CODE_PATH_PATTERN)]
HttpsUrl = Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$")]

_MERMAID_KINDS: Final = (
    "flowchart",
    "graph",
    "sequenceDiagram",
    "stateDiagram",
    "stateDiagram-v2",
    "classDiagram",
    "erDiagram",
    "gantt",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class LocalizedText(_Strict):
    """A short text in Chinese and English; both are required."""

    zh: NonEmpty
    en: NonEmpty


class Reference(_Strict):
    """A primary source: a paper, an official manual, a maintainer's write-up."""

    title: NonEmpty
    url: HttpsUrl


class Card(_Strict):
    """A review card (question and answer), in Chinese."""

    q: NonEmpty
    a: NonEmpty


class Concept(_Strict):
    """The metadata of one concept entry, as stored in ``concept.yaml``."""

    id: KebabId
    title: LocalizedText
    summary: LocalizedText
    category: Category
    difficulty: Difficulty
    tags: list[KebabId] = Field(min_length=1)
    scope_items: list[NonEmpty] = Field(min_length=1)
    seed_errors_corrected: list[SeedError] = Field(default_factory=list)
    code: list[CodePath] = Field(default_factory=list)
    references: list[Reference] = Field(min_length=1)
    cards: list[Card] = Field(min_length=MIN_CARDS)

    @field_validator("scope_items")
    @classmethod
    def _known_scope_items(cls, value: list[str]) -> list[str]:
        unknown = [item for item in value if item not in SCOPE_PART_A_ITEMS]
        if unknown:
            raise ValueError(f"not a SCOPE part A item: {unknown!r}")
        return value

    @field_validator("tags", "scope_items", "seed_errors_corrected", "code")
    @classmethod
    def _no_duplicates(cls, value: list[str]) -> list[str]:
        duplicates = sorted({item for item in value if value.count(item) > 1})
        if duplicates:
            raise ValueError(f"duplicate entries: {duplicates!r}")
        return value


class ConceptFormatError(ValueError):
    """Raised by :func:`load_concept` when an entry does not load; carries every finding."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("; ".join(str(f) for f in findings))


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one entry: which file, which key or heading, what is wrong."""

    path: str
    key: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.key}" if self.key else self.path
        return f"{where}: {self.message}"


def _read_yaml(path: Path) -> tuple[Any, list[Finding]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Finding(str(path), "", f"cannot read: {exc}")]
    try:
        return safe_load(text), []
    except yaml.YAMLError as exc:
        return None, [Finding(str(path), "", f"invalid YAML: {exc}")]


def _validate(path: Path, data: Any) -> tuple[Concept | None, list[Finding]]:
    if not isinstance(data, dict):
        return None, [Finding(str(path), "", "top level must be a mapping")]
    try:
        return Concept.model_validate(data), []
    except ValidationError as exc:
        findings = [
            Finding(str(path), ".".join(str(part) for part in err["loc"]), err["msg"])
            for err in exc.errors()
        ]
        return None, findings


def load_concept(path: Path | str) -> Concept:
    """Load and validate the ``concept.yaml`` of the entry folder *path* (or the file itself).

    Raises :class:`ConceptFormatError` when the YAML is unreadable or invalid. Use
    :func:`check_concept` to check the whole entry (markdown files included).
    """
    entry = Path(path)
    yaml_path = entry if entry.is_file() else entry / CONCEPT_FILE
    data, findings = _read_yaml(yaml_path)
    if findings:
        raise ConceptFormatError(findings)
    concept, findings = _validate(yaml_path, data)
    if concept is None:
        raise ConceptFormatError(findings)
    return concept


def _headings(text: str) -> list[str]:
    """Level-2 headings outside fenced code blocks, in order."""
    headings: list[str] = []
    in_fence = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if not in_fence and line.startswith("## "):
            headings.append(line[3:].strip())
    return headings


def _check_markdown(path: Path, required: tuple[str, ...]) -> list[Finding]:
    findings: list[Finding] = []
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [Finding(where, "", f"cannot read: {exc}")]
    if not text.strip():
        return [Finding(where, "", "file is empty")]

    fence_lines = [line for line in text.splitlines() if line.lstrip().startswith("```")]
    if len(fence_lines) % 2:
        findings.append(Finding(where, "", "unbalanced ``` code fence"))

    headings = _headings(text)
    positions: list[int] = []
    for heading in required:
        if heading not in headings:
            findings.append(Finding(where, f"## {heading}", "missing required section heading"))
        else:
            positions.append(headings.index(heading))
    if positions != sorted(positions):
        findings.append(
            Finding(where, "", f"sections must come in this order: {', '.join(required)}")
        )
    findings.extend(_check_sections_not_empty(where, text, required))
    findings.extend(_check_mermaid(where, text))
    return findings


def _check_sections_not_empty(where: str, text: str, required: tuple[str, ...]) -> list[Finding]:
    findings: list[Finding] = []
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    # parts = [preamble, heading1, body1, heading2, body2, ...]
    bodies = {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}
    for heading in required:
        body = bodies.get(heading)
        if body is not None and not body.strip():
            findings.append(Finding(where, f"## {heading}", "section is empty"))
    return findings


def _check_mermaid(where: str, text: str) -> list[Finding]:
    findings: list[Finding] = []
    for match in re.finditer(r"^```mermaid[ \t]*\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL):
        body = match.group(1).strip()
        first = body.split(None, 1)[0] if body else ""
        if first not in _MERMAID_KINDS:
            line = text.count("\n", 0, match.start()) + 1
            findings.append(
                Finding(
                    where,
                    f"line {line}",
                    f"mermaid block must start with a diagram type, got {first!r}",
                )
            )
    return findings


def check_concept(path: Path | str, repo_root: Path | str | None = None) -> list[Finding]:
    """Return every problem of the entry folder *path*; an empty list means the entry is valid.

    When *repo_root* is given, each ``code`` path must also exist under it; without it only the
    shape of the path (``tiku/concepts/<module>.py``) is checked, so the bank can be checked
    before (or without) the code it points at.
    """
    entry = Path(path)
    where = str(entry)
    if not entry.is_dir():
        return [Finding(where, "", "entry folder does not exist")]

    findings: list[Finding] = []
    if re.fullmatch(ID_PATTERN, entry.name) is None:
        findings.append(Finding(where, "id", f"folder name {entry.name!r} is not lowercase-kebab"))

    for name in REQUIRED_FILES:
        if not (entry / name).is_file():
            findings.append(Finding(str(entry / name), "", "missing required file"))
    allowed = set(REQUIRED_FILES) | set(OPTIONAL_FILES)
    for child in sorted(entry.iterdir()):
        if child.name not in allowed:
            findings.append(Finding(str(child), "", "unexpected file in entry folder"))

    yaml_path = entry / CONCEPT_FILE
    if yaml_path.is_file():
        data, yaml_findings = _read_yaml(yaml_path)
        findings.extend(yaml_findings)
        if not yaml_findings:
            concept, schema_findings = _validate(yaml_path, data)
            findings.extend(schema_findings)
            if concept is not None:
                findings.extend(_check_consistency(entry, yaml_path, concept, repo_root))

    question = entry / QUESTION_ZH_FILE
    if question.is_file():
        findings.extend(_check_markdown(question, ()))
    analysis_zh = entry / ANALYSIS_ZH_FILE
    if analysis_zh.is_file():
        findings.extend(_check_markdown(analysis_zh, ANALYSIS_ZH_HEADINGS))
    analysis_en = entry / ANALYSIS_EN_FILE
    if analysis_en.is_file():
        findings.extend(_check_markdown(analysis_en, ANALYSIS_EN_HEADINGS))
    return findings


def _check_consistency(
    entry: Path, yaml_path: Path, concept: Concept, repo_root: Path | str | None
) -> list[Finding]:
    findings: list[Finding] = []
    where = str(yaml_path)
    if concept.id != entry.name:
        findings.append(
            Finding(where, "id", f"id {concept.id!r} does not match folder name {entry.name!r}")
        )
    if repo_root is not None:
        root = Path(repo_root)
        for index, module in enumerate(concept.code):
            if not (root / module).is_file():
                findings.append(
                    Finding(where, f"code.{index}", f"code module {module!r} does not exist")
                )
    return findings


def _entry_dirs(root: Path) -> list[Path]:
    return sorted(child for child in root.iterdir() if child.is_dir())


def check_bank(root: Path | str, repo_root: Path | str | None = None) -> list[Finding]:
    """Check every entry under *root* (``bank/concepts``), plus bank-wide rules.

    Bank-wide: ids are unique (guaranteed by folder names) and every SCOPE part A item is
    covered by some entry.
    """
    base = Path(root)
    findings: list[Finding] = []
    covered: set[str] = set()
    for entry in _entry_dirs(base):
        entry_findings = check_concept(entry, repo_root)
        findings.extend(entry_findings)
        if not entry_findings:
            covered.update(load_concept(entry).scope_items)
    for item in SCOPE_PART_A_ITEMS:
        if item not in covered:
            findings.append(Finding(str(base), "scope_items", f"SCOPE item {item!r} not covered"))
    return findings


def load_concepts(root: Path | str) -> list[Concept]:
    """Load every entry under *root*, sorted by id; raises on the first bad entry."""
    return [load_concept(entry) for entry in _entry_dirs(Path(root))]
