"""Tests for the concept half of the bank: every entry in bank/concepts/ and the checker itself."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tiku.bank.concept import (
    ANALYSIS_ZH_HEADINGS,
    SCOPE_PART_A_ITEMS,
    SEED_ERRORS,
    Concept,
    ConceptFormatError,
    Finding,
    check_bank,
    check_concept,
    load_concept,
    load_concepts,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
CONCEPTS_ROOT = REPO_ROOT / "bank" / "concepts"
ENTRIES = sorted(p for p in CONCEPTS_ROOT.iterdir() if p.is_dir()) if CONCEPTS_ROOT.is_dir() else []


def _text(entry_id: str, name: str = "analysis.zh.md") -> str:
    return (CONCEPTS_ROOT / entry_id / name).read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match is not None, f"no section {heading!r}"
    return match.group(1)


def _all_text(entry_id: str) -> str:
    entry = CONCEPTS_ROOT / entry_id
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(entry.iterdir()))


# --------------------------------------------------------------------------- the bank itself


def test_bank_has_the_expected_number_of_entries() -> None:
    assert 28 <= len(ENTRIES) <= 32, [p.name for p in ENTRIES]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda p: p.name)
def test_entry_has_no_findings(entry: Path) -> None:
    findings = check_concept(entry)
    assert findings == [], "\n".join(str(f) for f in findings)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda p: p.name)
def test_code_paths_point_into_tiku_concepts(entry: Path) -> None:
    concept = load_concept(entry)
    for module in concept.code:
        assert module.startswith("tiku/concepts/") and module.endswith(".py"), module


def test_existing_code_modules_are_found_by_the_checker() -> None:
    """With a repo root the checker also wants the files; only check those that have landed."""
    for entry in ENTRIES:
        concept = load_concept(entry)
        landed = [m for m in concept.code if (REPO_ROOT / m).is_file()]
        missing = {f.key for f in check_concept(entry, REPO_ROOT) if f.key.startswith("code.")}
        for index, module in enumerate(concept.code):
            if module in landed:
                assert f"code.{index}" not in missing


def test_whole_bank_check_is_clean() -> None:
    findings = check_bank(CONCEPTS_ROOT)
    assert findings == [], "\n".join(str(f) for f in findings)


def test_every_scope_part_a_item_is_covered() -> None:
    covered = {item for c in load_concepts(CONCEPTS_ROOT) for item in c.scope_items}
    assert set(SCOPE_PART_A_ITEMS) - covered == set()
    assert len(SCOPE_PART_A_ITEMS) == 36


def test_every_seed_error_is_corrected_somewhere() -> None:
    corrected = {e for c in load_concepts(CONCEPTS_ROOT) for e in c.seed_errors_corrected}
    assert corrected == set(SEED_ERRORS)


def test_duplicated_seed_questions_are_merged() -> None:
    by_item: dict[str, list[str]] = {}
    for concept in load_concepts(CONCEPTS_ROOT):
        for item in concept.scope_items:
            by_item.setdefault(item, []).append(concept.id)
    # each SCOPE item maps to exactly one entry: no duplicate entries for one question
    assert {item: ids for item, ids in by_item.items() if len(ids) > 1} == {}
    owner = {item: ids[0] for item, ids in by_item.items()}
    assert owner["分布式锁"] == owner["分布式锁实现与优化"] == "distributed-lock"
    assert owner["设计消息队列系统"] == owner["分布式消息队列"] == owner["分布式队列"]
    assert owner["消息队列原理与应用"] == owner["设计消息队列系统"]
    assert owner["缓存系统"] == owner["缓存系统设计与实现"]
    assert owner["负载均衡系统设计"] == owner["负载均衡算法"]


def test_mapping_in_docs_matches_the_bank() -> None:
    doc = (REPO_ROOT / "docs" / "concept-format.md").read_text(encoding="utf-8")
    for concept in load_concepts(CONCEPTS_ROOT):
        assert f"`{concept.id}`" in doc, concept.id
        for item in concept.scope_items:
            assert item in doc, item


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda p: p.name)
def test_snippets_do_not_repeat_the_seed_fake_apis(entry: Path) -> None:
    text = _all_text(entry.name)
    code = "\n".join(re.findall(r"```(?:python|py)\n(.*?)```", text, re.S))
    for fake in (
        "client.shard_collection",
        "client.start_migrations",
        "import redisson",
        "getRedissonObject",
        "zookeeper.EventType",
        "zk.add_listener(callback, events",
    ):
        assert fake not in code, fake


# --------------------------------------------------------------------- seed-error corrections


def test_lock_entry_corrects_the_redis_release_bug() -> None:
    concept = load_concept(CONCEPTS_ROOT / "distributed-lock")
    assert {
        "redis-release-without-owner-check",
        "zk-exists-then-create-race",
        "go-lock-set-then-setnx",
    } <= set(concept.seed_errors_corrected)
    text = _text("distributed-lock")
    assert "compare-and-delete" in text
    assert "Lua" in text
    assert 'redis.call("get", KEYS[1]) == ARGV[1]' in text
    assert "fencing" in text.lower()
    assert "Redlock" in text
    assert "nx=True" in text and "px=" in text


def test_lock_entry_zookeeper_part_uses_sequential_nodes() -> None:
    text = _text("distributed-lock")
    assert "临时顺序节点" in text
    assert "sequence=True" in text and "ephemeral=True" in text
    assert "前驱" in text  # watch the predecessor, not the lock root (no herd effect)
    coordinator = _text("distributed-coordinator")
    assert "临时顺序节点" in coordinator


def test_lock_entry_places_read_your_writes_only_among_the_mistakes() -> None:
    text = _text("distributed-lock")
    outside_mistakes = text.replace(_section(text, "常见误区"), "")
    assert "read-your-writes" not in outside_mistakes.lower()
    assert "读己之写" not in outside_mistakes


def test_read_your_writes_lives_under_consistency_models() -> None:
    concept = load_concept(CONCEPTS_ROOT / "consistency-models")
    assert "一致性模型" in concept.scope_items
    assert "read-your-writes-as-lock-property" in concept.seed_errors_corrected
    text = _text("consistency-models")
    for model in ("Read-your-writes", "Monotonic reads", "Causal", "Linearizab"):
        assert model.lower() in text.lower(), model
    assert "读己之写" in text


@pytest.mark.parametrize("entry_id", ["lru-cache", "cache-system"])
def test_lru_and_lfu_are_defined_the_right_way_round(entry_id: str) -> None:
    text = _all_text(entry_id)
    assert "LRU（Least Recently Used，最近最少使用）" in text
    assert "LFU（Least Frequently Used，最不经常使用）" in text
    assert not re.search(r"LRU[^。\n]{0,20}Least Frequently", text)
    assert not re.search(r"LFU[^。\n]{0,20}Least Recently", text)


def test_lru_entry_corrects_the_go_lru() -> None:
    concept = load_concept(CONCEPTS_ROOT / "lru-cache")
    assert "go-lru-broken-and-lru-lfu-swapped" in concept.seed_errors_corrected
    text = _text("lru-cache")
    assert "O(1)" in text
    assert "OrderedDict" in text and "move_to_end" in text


def test_cache_consistency_entry_uses_delete_not_update() -> None:
    text = _text("cache-consistency")
    assert "Cache-Aside" in text
    assert "延迟双删" in text
    assert "binlog" in text.lower() or "CDC" in text


def test_client_api_corrections_live_where_the_seeds_faked_them() -> None:
    for entry_id in ("distributed-database", "cache-consistency", "distributed-coordinator"):
        assert (
            "nonexistent-client-apis"
            in load_concept(CONCEPTS_ROOT / entry_id).seed_errors_corrected
        )
    db = _text("distributed-database")
    assert "shardCollection" in db  # the real admin command, via client.admin.command(...)
    assert "with_transaction" in db


# ------------------------------------------------------------------------- the checker itself

GOOD_ANALYSIS = "\n\n".join(f"## {h}\n\n内容 {h}。" for h in ANALYSIS_ZH_HEADINGS) + "\n"


def _good_yaml(entry_id: str = "sample-entry") -> dict[str, Any]:
    return {
        "id": entry_id,
        "title": {"zh": "示例", "en": "Sample"},
        "summary": {"zh": "一句话。", "en": "One sentence."},
        "category": "caching",
        "difficulty": "easy",
        "tags": ["cache"],
        "scope_items": ["LRU 缓存"],
        "seed_errors_corrected": [],
        "code": ["tiku/concepts/caches.py"],
        "references": [{"title": "Doc", "url": "https://example.org/doc"}],
        "cards": [{"q": f"问题 {i}", "a": f"答案 {i}"} for i in range(5)],
    }


def _write_entry(
    root: Path,
    entry_id: str = "sample-entry",
    data: dict[str, Any] | None = None,
    analysis: str = GOOD_ANALYSIS,
    question: str | None = "题目。\n",
) -> Path:
    entry = root / entry_id
    entry.mkdir(parents=True)
    (entry / "concept.yaml").write_text(
        yaml.safe_dump(data if data is not None else _good_yaml(entry_id), allow_unicode=True),
        encoding="utf-8",
    )
    if question is not None:
        (entry / "question.zh.md").write_text(question, encoding="utf-8")
    (entry / "analysis.zh.md").write_text(analysis, encoding="utf-8")
    return entry


def _keys(findings: list[Finding]) -> set[str]:
    return {f.key for f in findings}


def test_checker_accepts_a_good_entry(tmp_path: Path) -> None:
    entry = _write_entry(tmp_path)
    assert check_concept(entry) == []
    assert isinstance(load_concept(entry), Concept)


def test_checker_reports_missing_folder_without_raising(tmp_path: Path) -> None:
    findings = check_concept(tmp_path / "nope")
    assert len(findings) == 1 and "does not exist" in findings[0].message


def test_checker_reports_missing_files(tmp_path: Path) -> None:
    entry = tmp_path / "empty-entry"
    entry.mkdir()
    findings = check_concept(entry)
    missing = {Path(f.path).name for f in findings if f.message == "missing required file"}
    assert missing == {"concept.yaml", "question.zh.md", "analysis.zh.md"}


def test_checker_reports_missing_heading_and_wrong_order(tmp_path: Path) -> None:
    analysis = "## 详细分析\n\n甲\n\n## 要点\n\n乙\n\n## 常见误区\n\n丙\n"
    findings = check_concept(_write_entry(tmp_path, analysis=analysis))
    assert "## 追问" in _keys(findings)
    assert any("order" in f.message for f in findings)


def test_checker_ignores_headings_inside_code_fences(tmp_path: Path) -> None:
    analysis = "```text\n## 追问\n```\n" + GOOD_ANALYSIS.replace("## 追问", "## 其他")
    findings = check_concept(_write_entry(tmp_path, analysis=analysis))
    assert "## 追问" in _keys(findings)


def test_checker_reports_empty_section_and_unbalanced_fence(tmp_path: Path) -> None:
    analysis = GOOD_ANALYSIS.replace("内容 常见误区。", "") + "```python\nx = 1\n"
    findings = check_concept(_write_entry(tmp_path, analysis=analysis))
    assert any(f.key == "## 常见误区" and "empty" in f.message for f in findings)
    assert any("unbalanced" in f.message for f in findings)


def test_checker_reports_too_few_cards(tmp_path: Path) -> None:
    data = _good_yaml()
    data["cards"] = data["cards"][:4]
    findings = check_concept(_write_entry(tmp_path, data=data))
    assert "cards" in _keys(findings)


def test_checker_reports_bad_id(tmp_path: Path) -> None:
    data = _good_yaml("Bad_Id")
    findings = check_concept(_write_entry(tmp_path, "Bad_Id", data=data))
    assert {"id"} <= _keys(findings)
    assert any("kebab" in f.message for f in findings)


def test_checker_reports_id_not_matching_folder(tmp_path: Path) -> None:
    findings = check_concept(_write_entry(tmp_path, "other-name", data=_good_yaml("sample")))
    assert any(f.key == "id" and "folder" in f.message for f in findings)


def test_checker_reports_bad_code_paths(tmp_path: Path) -> None:
    data = _good_yaml()
    data["code"] = ["tiku/concepts/caches.py", "src/lock.go", "tiku/concepts/missing_mod.py"]
    entry = _write_entry(tmp_path / "bank", data=data)
    repo = tmp_path / "repo"
    (repo / "tiku" / "concepts").mkdir(parents=True)
    (repo / "tiku" / "concepts" / "caches.py").write_text('"""x."""\n', encoding="utf-8")

    shape_only = check_concept(entry)
    assert _keys(shape_only) == {"code.1"}  # bad shape, found without a repo root

    data["code"] = ["tiku/concepts/caches.py", "tiku/concepts/missing_mod.py"]
    (entry / "concept.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    assert check_concept(entry) == []
    with_root = check_concept(entry, repo)
    assert [(f.key, "does not exist" in f.message) for f in with_root] == [("code.1", True)]


def test_checker_reports_unknown_keys_scope_items_and_seed_errors(tmp_path: Path) -> None:
    data = _good_yaml()
    data["answer"] = "extra"
    data["scope_items"] = ["不存在的题目"]
    data["seed_errors_corrected"] = ["made-up"]
    data["references"] = [{"title": "plain http", "url": "http://example.org"}]
    findings = check_concept(_write_entry(tmp_path, data=data))
    keys = _keys(findings)
    assert {"answer", "scope_items", "seed_errors_corrected.0", "references.0.url"} <= keys


def test_checker_reports_invalid_yaml_and_unexpected_files(tmp_path: Path) -> None:
    entry = _write_entry(tmp_path)
    (entry / "concept.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    (entry / "notes.txt").write_text("scratch", encoding="utf-8")
    findings = check_concept(entry)
    messages = " ".join(f.message for f in findings)
    assert "invalid YAML" in messages
    assert "unexpected file" in messages
    with pytest.raises(ConceptFormatError):
        load_concept(entry)


def test_checker_reports_bad_mermaid_and_english_headings(tmp_path: Path) -> None:
    analysis = GOOD_ANALYSIS.replace("内容 详细分析。", "```mermaid\nA --> B\n```")
    entry = _write_entry(tmp_path, analysis=analysis)
    (entry / "analysis.en.md").write_text("## Key points\n\nx\n", encoding="utf-8")
    findings = check_concept(entry)
    assert any("mermaid" in f.message for f in findings)
    assert "## Follow-up questions" in _keys(findings)


def test_checker_reports_every_problem_at_once(tmp_path: Path) -> None:
    data = _good_yaml()
    data["cards"] = []
    data["difficulty"] = "extreme"
    entry = _write_entry(tmp_path, data=data, analysis="## 要点\n\nx\n", question=None)
    keys = _keys(check_concept(entry))
    assert {"cards", "difficulty", "## 详细分析", "## 常见误区", "## 追问"} <= keys
    assert any(Path(f.path).name == "question.zh.md" for f in check_concept(entry))


def test_check_bank_reports_uncovered_scope_items(tmp_path: Path) -> None:
    _write_entry(tmp_path)
    findings = check_bank(tmp_path)
    uncovered = [f for f in findings if f.key == "scope_items"]
    assert len(uncovered) == len(SCOPE_PART_A_ITEMS) - 1
