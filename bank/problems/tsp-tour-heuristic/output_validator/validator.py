#!/usr/bin/env python3
"""Output validator for tsp-tour-heuristic: a scored problem judged against the reference.

Kattis protocol: validator.py input_file answer_file feedback_dir < submission_output;
exit 42 to accept, 43 to reject, reason in feedback_dir/judgemessage.txt.
The answer file holds the reference tour (nearest neighbour + 2-opt, typically within ~5-8%
of optimal); a tour is accepted when it is a permutation of all cities and its length is at
most RATIO times the reference length.
"""
import json
import math
import os
import sys

RATIO = 1.10


def finish(ok, msg):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as f:
        f.write(msg + "\n")
    sys.exit(42 if ok else 43)


def length(points, tour):
    return sum(math.dist(points[tour[i - 1]], points[tour[i]]) for i in range(len(tour)))


def main():
    with open(sys.argv[1]) as f:
        (points,) = json.load(f)
    with open(sys.argv[2]) as f:
        ref = json.load(f)
    n = len(points)
    try:
        tour = json.loads(sys.stdin.read())
    except ValueError:
        finish(False, "output is not valid JSON")
    if not isinstance(tour, list) or len(tour) != n:
        finish(False, f"expected a list of {n} city indices")
    if not all(isinstance(c, int) and not isinstance(c, bool) for c in tour) or sorted(tour) != list(range(n)):
        finish(False, "the tour must visit every city 0..n-1 exactly once")
    got, base = length(points, tour), length(points, ref)
    limit = RATIO * base + 1e-6
    finish(got <= limit, f"tour length {got:.1f}, reference {base:.1f}, limit {limit:.1f} (ratio {got / base if base else 1:.4f})")


if __name__ == "__main__":
    main()
