"""The algorithm bank's coverage rules (SCOPE part B) and its packages' static checks.

The judged checks (verdicts, reproducible tests) are ``tiku bank check``, run by CI.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tiku.bank.catalog import check_content, default_bank_root, list_problems, problem_dirs
from tiku.bank.package import load_package
from tiku.bank.schema import CATEGORIES

ROOT = default_bank_root()
PACKAGES = [load_package(p) for p in problem_dirs(ROOT)]

# Every algorithm SCOPE names, with the tags that count for it.
SCOPE_ALGORITHMS: dict[str, set[str]] = {
    "bubble sort": {"bubble-sort"},
    "quick sort": {"quick-sort"},
    "merge sort": {"merge-sort"},
    "heap sort": {"heap-sort"},
    "binary search": {"binary-search"},
    "DFS": {"dfs"},
    "BFS": {"bfs"},
    "climbing stairs": {"climbing-stairs"},
    "knapsack": {"knapsack-01", "fractional-knapsack"},
    "LIS": {"lis", "lis-patience"},
    "shortest paths": {"dijkstra", "bellman-ford"},
    "topological sort": {"topological-sort"},
    "network flow": {"max-flow", "dinic", "edmonds-karp"},
    "KMP": {"kmp"},
    "Boyer-Moore": {"boyer-moore"},
    "activity selection": {"activity-selection"},
    "fractional knapsack": {"fractional-knapsack"},
    "sieve": {"sieve-of-eratosthenes", "segmented-sieve"},
    "Euclid": {"euclid", "extended-euclid"},
    "CRT": {"crt", "chinese-remainder-theorem"},
    "symmetric cipher": {"feistel-network", "cbc-mode"},
    "asymmetric cipher": {"rsa"},
    "signatures": {"dsa-signature"},
    "decision tree": {"decision-tree"},
    "neural network": {"neural-network", "backpropagation"},
    "MST": {"kruskal", "prim"},
    "max flow": {"max-flow", "dinic"},
    "min-cost or lower-bounded flow": {"min-cost-flow", "lower-bound-flow"},
    "heap": {"heap"},
    "union-find": {"union-find"},
    "trie": {"trie"},
    "permutations and combinations": {"permutations", "combinations"},
    "generating functions": {"generating-functions"},
    "Bayes": {"bayes-theorem", "naive-bayes"},
    "Monte Carlo": {"monte-carlo"},
    "linear programming": {"simplex"},
    "integer programming": {"integer-programming", "branch-and-bound"},
    "a heuristic": {"2-opt", "simulated-annealing", "nearest-neighbour"},
}


def test_counts() -> None:
    assert len(PACKAGES) >= 60
    per_category = Counter(p.config.tiku.category for p in PACKAGES)
    assert set(per_category) == set(CATEGORIES)
    assert min(per_category.values()) >= 3, per_category


def test_a_third_have_a_cpp_or_java_reference() -> None:
    native = [
        p
        for p in PACKAGES
        if any(
            s.folder == "accepted" and s.path.suffix in (".cpp", ".cc", ".java")
            for s in p.submissions
        )
    ]
    assert 3 * len(native) >= len(PACKAGES)


def test_every_scope_algorithm_appears() -> None:
    tags = {a for p in PACKAGES for a in p.config.tiku.algorithms}
    missing = [name for name, accepted in SCOPE_ALGORITHMS.items() if not tags & accepted]
    assert not missing


def test_mostly_function_and_design_with_some_stdio() -> None:
    kinds = Counter(p.kind for p in PACKAGES)
    assert kinds["function"] + kinds["design"] > len(PACKAGES) / 2
    assert kinds["stdio"] >= 5


@pytest.mark.parametrize("path", problem_dirs(ROOT), ids=lambda p: p.name)
def test_package_content(path) -> None:
    package, diag = check_content(path)
    assert package is not None and diag.ok, [str(f) for f in diag.errors]
    meta = package.config.tiku
    assert meta.algorithms and meta.tags
    assert any(s.folder in ("wrong_answer", "time_limit_exceeded") for s in package.submissions)


def test_list_shape() -> None:
    entries = list_problems(ROOT)
    assert len(entries) == len(PACKAGES)
    for entry in entries:
        assert set(entry) >= {"id", "kind", "category", "difficulty", "title", "languages"}
        assert entry["kind"] == "algorithm" and entry["title"]["zh"] and entry["title"]["en"]
