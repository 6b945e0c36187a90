"""A broken package yields every finding (file, key, why), never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tiku.bank.package import load_package
from tiku.bank.schema import parse_type
from tiku.errors import PackageError


def findings_of(path: Path) -> list[str]:
    with pytest.raises(PackageError) as info:
        load_package(path)
    return [str(f) for f in info.value.findings]


def test_fixtures_load(fixture_package) -> None:
    for name in ("aplusb", "fn-two-sum", "design-lru", "custom-validator", "float-tol"):
        package = load_package(fixture_package(name))
        assert package.tests and package.submissions


def test_legacy_and_new_layouts_are_read(fixture_package) -> None:
    legacy = load_package(fixture_package("aplusb"))
    assert legacy.config.is_legacy and legacy.config.limits.time_limit is None
    assert legacy.config.ac_to_time_limit == 5 and legacy.config.time_limit_to_tle == 2
    new = load_package(fixture_package("fn-two-sum"))
    assert new.title == {"en": "Two Sum", "zh": "两数之和"}
    assert new.config.limits.time_limit == 1.0


def test_missing_problem_yaml(fixture_package) -> None:
    path = fixture_package("aplusb")
    (path / "problem.yaml").unlink()
    assert any("problem.yaml: missing" in f for f in findings_of(path))


def test_invalid_yaml(fixture_package) -> None:
    path = fixture_package("aplusb")
    (path / "problem.yaml").write_text("name: [unclosed\n")
    assert any("not valid YAML" in f for f in findings_of(path))


def test_unknown_and_bad_keys_all_reported(fixture_package) -> None:
    path = fixture_package("aplusb")
    (path / "problem.yaml").write_text(
        "name: x\nlimitz: {}\nlimits: {memory: -1, time_multiplier: fast}\nvalidation: bogus\n"
    )
    found = findings_of(path)
    assert any("limitz" in f and "unknown key" in f for f in found)
    assert any("limits.memory" in f for f in found)
    assert any("limits.time_multiplier" in f for f in found)
    assert any("validation" in f for f in found)


def test_missing_answer_and_orphans(fixture_package) -> None:
    path = fixture_package("aplusb")
    (path / "data/secret/01.ans").unlink()
    (path / "data/secret/99.ans").write_text("1\n")
    found = findings_of(path)
    assert any("secret/01.in" in f and "no matching .ans" in f for f in found)
    assert any("secret/99.ans" in f and "no matching .in" in f for f in found)


def test_no_secret_data(fixture_package) -> None:
    path = fixture_package("aplusb")
    for f in (path / "data/secret").iterdir():
        f.unlink()
    assert any("no secret tests" in f for f in findings_of(path))


def test_function_kind_needs_signature(fixture_package) -> None:
    path = fixture_package("fn-two-sum")
    text = (path / "problem.yaml").read_text()
    (path / "problem.yaml").write_text(text.replace("kind: function", "kind: design"))
    assert any("design" in f for f in findings_of(path))


def test_bad_type_in_signature(fixture_package) -> None:
    path = fixture_package("fn-two-sum")
    text = (path / "problem.yaml").read_text()
    (path / "problem.yaml").write_text(text.replace('type: "list[int]"', 'type: "set[int]"'))
    assert any("unknown type" in f for f in findings_of(path))


def test_function_tests_must_be_json_of_right_arity(fixture_package) -> None:
    path = fixture_package("fn-two-sum")
    (path / "data/secret/01.in").write_text("[1, 2, 3]\n")
    (path / "data/secret/02.in").write_text("not json\n")
    found = findings_of(path)
    assert any("secret/01.in" in f and "2 argument" in f for f in found)
    assert any("secret/02.in" in f and "not valid JSON" in f for f in found)


def test_design_tests_must_name_known_methods(fixture_package) -> None:
    path = fixture_package("design-lru")
    (path / "data/secret/01.in").write_text('[["LRUCache","evict"],[[1],[]]]\n')
    assert any("unknown method 'evict'" in f for f in findings_of(path))


def test_custom_validation_without_validator(fixture_package) -> None:
    path = fixture_package("custom-validator")
    for f in (path / "output_validator").iterdir():
        f.unlink()
    assert any("no output validator" in f for f in findings_of(path))


def test_missing_statement_is_a_warning(fixture_package) -> None:
    # A statement is needed to publish a problem, not to judge it (the service refuses to serve
    # it: tests/service/test_bank_import.py).
    path = fixture_package("aplusb")
    for f in (path / "problem_statement").iterdir():
        f.unlink()
    package = load_package(path)
    assert package.statements == {}
    assert any("no problem statement" in w and "not published" in w for w in package.warnings)


def test_parse_type() -> None:
    assert parse_type("list[list[int]]") == ("int", 2)
    assert parse_type("TreeNode") == ("TreeNode", 0)
    with pytest.raises(ValueError):
        parse_type("list[list[list[int]]]")
    with pytest.raises(ValueError):
        parse_type("dict[str,int]")
