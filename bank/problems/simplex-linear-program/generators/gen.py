"""Hidden tests for simplex-linear-program: max c.x s.t. A x <= b, x >= 0, with b >= 0."""
import json
import random

rng = random.Random(1947)  # Dantzig's simplex method


def emit(name, c, A, b):
    assert len(A) == len(b) and all(len(r) == len(c) for r in A) and all(v >= 0 for v in b)
    print(json.dumps({"name": name, "input": json.dumps([c, A, b], separators=(",", ":"))}))


def r2(lo, hi):
    return round(rng.uniform(lo, hi) * 2) / 2        # multiples of 0.5


emit("01-one-variable", [3], [[2]], [7])
emit("02-unbounded-small", [1, 1], [[1, -1]], [1])
emit("03-nonpositive-objective", [-1, 0, -5], [[1, 1, 1], [2, 0, 1]], [4, 3])
# Chvatal's example: Dantzig's largest-coefficient rule with smallest-subscript tie-breaking cycles
emit("04-degenerate-cycling", [10, -57, -9, -24], [[0.5, -5.5, -2.5, 9], [0.5, -1.5, -0.5, 1], [1, 0, 0, 0]], [0, 0, 1])
emit("05-all-rhs-zero", [1, 2, 3], [[1, -1, 0], [0, 1, -1], [-1, 0, 1]], [0, 0, 0])
n, m = 6, 5
emit("06-small-random", [r2(-5, 10) for _ in range(n)], [[r2(0, 10) for _ in range(n)] for _ in range(m)],
     [r2(0, 50) for _ in range(m)])
for t in range(3):
    n, m = 50, 50
    emit(f"{7 + t:02d}-max-random", [r2(-20, 100) for _ in range(n)],
         [[r2(0, 100) if rng.random() < 0.7 else 0 for _ in range(n)] for _ in range(m - 1)] + [[1] * n],
         [r2(0, 100) for _ in range(m - 1)] + [1000])
n, m = 50, 50
zero = [rng.random() < 0.3 for _ in range(m - 1)]
A = [[r2(-100, 100) if z else r2(0, 100) for _ in range(n)] for z in zero] + [[1] * n]
emit("10-max-mixed-signs-degenerate", [r2(-10, 100) for _ in range(n)], A,
     [0 if z else r2(0, 100) for z in zero] + [100])
A = [[r2(0, 100) for _ in range(n)] for _ in range(m)]
for row in A:
    row[-1] = -abs(row[-1]) - 0.5                    # the last column is a ray of the feasible region
emit("11-max-unbounded", [r2(-10, 10) for _ in range(n - 1)] + [0.5], A, [r2(0, 100) for _ in range(m)])
emit("12-wide", [r2(0, 10) for _ in range(50)], [[r2(0.5, 10) for _ in range(50)] for _ in range(3)], [10, 20, 30])
