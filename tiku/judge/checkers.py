"""Output checking: the Kattis default validator and tiku's structural JSON comparison.

Custom output validators run in a sandbox; see :mod:`tiku.judge.validator`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from tiku.bank.schema import Compare


@dataclass(frozen=True)
class CheckResult:
    """A checker's decision. ``message`` may quote the expected answer; ``hidden_message`` (when
    set) says the same without it, for tests whose answers must stay secret."""

    accepted: bool
    message: str = ""
    hidden_message: str | None = None

    def message_for(self, sample: bool) -> str:
        if sample or self.hidden_message is None:
            return self.message
        return self.hidden_message


@dataclass(frozen=True)
class DefaultValidatorFlags:
    """The flags of the Kattis default output validator."""

    case_sensitive: bool = False
    space_change_sensitive: bool = False
    float_absolute_tolerance: float | None = None
    float_relative_tolerance: float | None = None

    @classmethod
    def parse(cls, text: str) -> DefaultValidatorFlags:
        words = text.split()
        values: dict[str, Any] = {}
        i = 0
        while i < len(words):
            word = words[i]
            if word in ("case_sensitive", "space_change_sensitive"):
                values[word] = True
                i += 1
            elif word in (
                "float_tolerance",
                "float_absolute_tolerance",
                "float_relative_tolerance",
            ):
                if i + 1 >= len(words):
                    raise ValueError(f"validator flag '{word}' needs a value")
                value = float(words[i + 1])
                if word == "float_tolerance":
                    values["float_absolute_tolerance"] = value
                    values["float_relative_tolerance"] = value
                else:
                    values[word] = value
                i += 2
            else:
                raise ValueError(f"unknown validator flag '{word}'")
        return cls(**values)

    @property
    def floats(self) -> bool:
        return (
            self.float_absolute_tolerance is not None or self.float_relative_tolerance is not None
        )


_WS = re.compile(rb"\s+")
_FLOAT = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|nan)$", re.I)


def _preview(token: bytes) -> str:
    text = token[:40].decode("utf-8", errors="replace")
    return text + ("..." if len(token) > 40 else "")


def default_validate(answer: bytes, output: bytes, flags: DefaultValidatorFlags) -> CheckResult:
    """Token-by-token comparison, as the Kattis default output validator does."""
    if flags.space_change_sensitive:
        ans_parts = re.split(rb"(\s+)", answer)
        out_parts = re.split(rb"(\s+)", output)
    else:
        ans_parts = [t for t in _WS.split(answer) if t]
        out_parts = [t for t in _WS.split(output) if t]
    for index, (want, got) in enumerate(zip(ans_parts, out_parts, strict=False)):
        if flags.space_change_sensitive and index % 2 == 1:
            if want != got:
                return CheckResult(False, "whitespace differs from the expected output")
            continue
        token = index // 2 + 1 if flags.space_change_sensitive else index + 1
        if not _tokens_equal(want, got, flags):
            return CheckResult(
                False,
                f"token {token}: expected '{_preview(want)}', got '{_preview(got)}'",
                f"token {token}: got '{_preview(got)}', which is not the expected token",
            )
    if len(out_parts) > len(ans_parts):
        return CheckResult(False, "more output than expected (trailing output)")
    if len(out_parts) < len(ans_parts):
        missing = ans_parts[len(out_parts)]
        return CheckResult(
            False,
            f"output ended early: expected '{_preview(missing)}' next",
            f"output ended early: more tokens were expected after {len(out_parts)}",
        )
    return CheckResult(True)


def _tokens_equal(want: bytes, got: bytes, flags: DefaultValidatorFlags) -> bool:
    if flags.floats:
        try:
            want_text, got_text = want.decode(), got.decode()
        except UnicodeDecodeError:
            return False
        if _FLOAT.match(want_text):
            if not _FLOAT.match(got_text):
                return False
            return _floats_close(float(want_text), float(got_text), flags)
    if flags.case_sensitive:
        return want == got
    return want.lower() == got.lower()


def _floats_close(want: float, got: float, flags: DefaultValidatorFlags) -> bool:
    if math.isnan(want) or math.isnan(got):
        return math.isnan(want) and math.isnan(got)
    if math.isinf(want) or math.isinf(got):
        return want == got
    diff = abs(want - got)
    if flags.float_absolute_tolerance is not None and diff <= flags.float_absolute_tolerance:
        return True
    rel = flags.float_relative_tolerance
    return rel is not None and diff <= rel * abs(want)


# -- structural comparison of function and design results ------------------------------------


class _Mismatch(Exception):
    def __init__(self, message: str, hidden: str) -> None:
        super().__init__(message)
        self.hidden = hidden


def _differs(where: str, expected: Any, got: Any, what: str = "") -> _Mismatch:
    return _Mismatch(
        f"{where}: expected {what}{_short(expected)}, got {_short(got)}",
        f"{where}: got {_short(got)}, which is not the expected value",
    )


def compare_json(expected: Any, got: Any, compare: Compare) -> CheckResult:
    """Compare a function's (or a design run's) JSON result with the expected one."""
    try:
        _compare(expected, got, compare, "result", top=True)
    except _Mismatch as exc:
        return CheckResult(False, str(exc), exc.hidden)
    return CheckResult(True)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def _compare(expected: Any, got: Any, compare: Compare, where: str, top: bool = False) -> None:
    if isinstance(expected, bool) or isinstance(got, bool):
        if not (isinstance(expected, bool) and isinstance(got, bool) and expected == got):
            raise _differs(where, expected, got)
        return
    if isinstance(expected, (int, float)):
        if not isinstance(got, (int, float)):
            raise _differs(where, expected, got, "the number ")
        if isinstance(expected, int) and isinstance(got, int):
            ok = expected == got
        else:
            tol = compare.float_tolerance
            ok = abs(expected - got) <= tol * max(1.0, abs(expected))
        if not ok:
            raise _differs(where, expected, got)
        return
    if isinstance(expected, list):
        if not isinstance(got, list):
            raise _Mismatch(
                f"{where}: expected a list, got {_short(got)}",
                f"{where}: expected a list, got {_short(got)}",
            )
        if len(expected) != len(got):
            raise _Mismatch(
                f"{where}: expected {len(expected)} element(s), got {len(got)}: {_short(got)}",
                f"{where}: got {len(got)} element(s), not the expected number: {_short(got)}",
            )
        unordered = compare.unordered == "deep" or (compare.unordered is True and top)
        if unordered:
            exp_sorted = sorted(expected, key=lambda v: _canonical(v, compare))
            got_sorted = sorted(got, key=lambda v: _canonical(v, compare))
            for i, (e, g) in enumerate(zip(exp_sorted, got_sorted, strict=True)):
                try:
                    _compare(e, g, compare, f"{where}[{i}]")
                except _Mismatch:
                    text = f"{where}: not the expected elements (in any order); got {_short(got)}"
                    raise _Mismatch(text, text) from None
            return
        for i, (e, g) in enumerate(zip(expected, got, strict=True)):
            _compare(e, g, compare, f"{where}[{i}]")
        return
    if expected != got:
        raise _differs(where, expected, got)


def _canonical(value: Any, compare: Compare) -> str:
    """A sort key that makes equal values (in ``deep`` mode, equal up to order) sort together."""
    if isinstance(value, list):
        items = [_canonical(v, compare) for v in value]
        if compare.unordered == "deep":
            items.sort()
        return "[" + ",".join(items) + "]"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, float):
        return json.dumps(round(value, 6))
    return json.dumps(value)
