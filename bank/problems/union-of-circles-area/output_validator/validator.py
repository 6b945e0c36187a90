#!/usr/bin/env python3
"""Output validator for union-of-circles-area: accepts a relative error of at most 1%.

Kattis protocol: validator.py input_file answer_file feedback_dir < submission_output;
exit 42 to accept, 43 to reject, reason in feedback_dir/judgemessage.txt.
The answer file holds the exact area (Green's theorem); a Monte Carlo estimate with enough
samples lands inside the 1% band with overwhelming probability.
"""
import math
import os
import sys

REL_TOL = 0.01


def finish(ok, msg):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as f:
        f.write(msg + "\n")
    sys.exit(42 if ok else 43)


def main():
    with open(sys.argv[2]) as f:
        exact = float(f.read().split()[0])
    tokens = sys.stdin.read().split()
    if len(tokens) != 1:
        finish(False, f"expected exactly one number, got {len(tokens)} tokens")
    try:
        got = float(tokens[0])
    except ValueError:
        finish(False, "output is not a number")
    if not math.isfinite(got):
        finish(False, "output is not finite")
    err = abs(got - exact) / exact
    finish(err <= REL_TOL, f"expected {exact:.6f}, got {got:.6f}, relative error {err:.3e} (limit {REL_TOL})")


if __name__ == "__main__":
    main()
