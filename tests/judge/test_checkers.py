"""The Kattis default validator's flags and tiku's structural comparison."""

from __future__ import annotations

import pytest

from tiku.bank.schema import Compare
from tiku.judge.checkers import DefaultValidatorFlags, compare_json, default_validate


def check(answer: str, output: str, flags: str = "") -> bool:
    return default_validate(
        answer.encode(), output.encode(), DefaultValidatorFlags.parse(flags)
    ).accepted


def test_whitespace_and_case_insensitive_by_default() -> None:
    assert check("Hello World\n", "hello   world")
    assert check("1 2\n3\n", "1\n2 3\n")
    assert not check("1 2", "1 2 3")
    assert not check("1 2 3", "1 2")


def test_case_sensitive() -> None:
    assert not check("Yes", "yes", "case_sensitive")
    assert check("Yes", "Yes", "case_sensitive")


def test_space_change_sensitive() -> None:
    assert not check("1 2\n", "1  2\n", "space_change_sensitive")
    assert check("1 2\n", "1 2\n", "space_change_sensitive")
    assert not check("1 2\n", "1\n2\n", "space_change_sensitive")


def test_float_tolerances() -> None:
    assert check("3.14159265", "3.1415927", "float_tolerance 1e-6")
    assert not check("3.14159265", "3.1416", "float_tolerance 1e-6")
    assert check("1000000", "1000000.5", "float_relative_tolerance 1e-6")
    assert not check("1000000", "1000002", "float_relative_tolerance 1e-6")
    assert check("0.5", "0.50001", "float_absolute_tolerance 1e-4")
    assert not check("0.5", "abc", "float_tolerance 1e-4")
    assert check("abc", "ABC", "float_tolerance 1e-4")
    assert not check("1", "1.1")  # without flags, tokens are compared as text


def test_bad_flags() -> None:
    with pytest.raises(ValueError):
        DefaultValidatorFlags.parse("float_tolerance")
    with pytest.raises(ValueError):
        DefaultValidatorFlags.parse("fuzzy")


def test_compare_json_structural() -> None:
    plain = Compare()
    assert compare_json([0, 1], [0, 1], plain).accepted
    assert not compare_json([0, 1], [1, 0], plain).accepted
    assert compare_json([0, 1], [1, 0], Compare(unordered=True)).accepted
    assert not compare_json([[1, 2]], [[2, 1]], Compare(unordered=True)).accepted
    assert compare_json([[1, 2], [3]], [[3], [2, 1]], Compare(unordered="deep")).accepted
    assert compare_json(0.1 + 0.2, 0.3, plain).accepted
    assert not compare_json(0.3, 0.31, plain).accepted
    assert not compare_json(True, 1, plain).accepted
    assert not compare_json(1, True, plain).accepted
    assert not compare_json("a", ["a"], plain).accepted
    assert not compare_json([1, 1, 2], [1, 2, 2], Compare(unordered=True)).accepted
    message = compare_json([1, 2, 3], [1, 5, 3], plain).message
    assert "result[1]" in message and "expected 2" in message


def test_hidden_messages_never_quote_the_expected_answer() -> None:
    flags = DefaultValidatorFlags.parse("")
    result = default_validate(b"secret-token-42\n", b"guess\n", flags)
    assert "secret-token-42" in result.message
    assert "secret-token-42" not in result.message_for(sample=False)
    assert "guess" in result.message_for(sample=False)
    early = default_validate(b"1 secret-99\n", b"1\n", flags)
    assert "secret-99" not in early.message_for(sample=False)
    for expected, got in (([1, 777], [1, 2]), (777, 2), ("s3cr3t", "x"), ([777], [1, 2])):
        check = compare_json(expected, got, Compare())
        assert "777" not in check.message_for(sample=False)
        assert "s3cr3t" not in check.message_for(sample=False)
