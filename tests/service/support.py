"""Helpers shared by the store, service and web tests: a small real bank, a started ``Tiku``."""

from __future__ import annotations

import shutil
from pathlib import Path

from tiku.bank.catalog import default_bank_root

SMALL_BANK_PROBLEMS = ("climbing-stairs", "knapsack-01", "two-sum-data-structure")
SMALL_BANK_CONCEPTS = ("api-gateway", "cache-system")

CLIMB_AC = (
    default_bank_root() / "problems/climbing-stairs/submissions/accepted/ref.py"
).read_text()
# A climbing-stairs solution that spins until its CPU limit (TLE): a judging that lasts seconds,
# to be caught mid-way or to keep a worker busy.
CLIMB_SPIN = "class Solution:\n    def climbStairs(self, n, broken):\n        while True:\n            pass\n"
CLIMB_WA = (
    default_bank_root() / "problems/climbing-stairs/submissions/wrong_answer/no_modulo.py"
).read_text()


def make_small_bank(target: Path) -> Path:
    """A copy of three bank problems (function, stdio, design) and two concepts."""
    root = default_bank_root()
    for slug in SMALL_BANK_PROBLEMS:
        shutil.copytree(root / "problems" / slug, target / "problems" / slug)
    for cid in SMALL_BANK_CONCEPTS:
        shutil.copytree(root / "concepts" / cid, target / "concepts" / cid)
    return target


def csrf_of(html: str) -> str:
    import re

    match = re.search(r'name="csrf-token" content="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)
