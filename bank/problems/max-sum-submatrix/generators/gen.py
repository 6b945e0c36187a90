"""Hidden tests for max-sum-submatrix."""
import json
import random

rng = random.Random(4242)
B = 10**9


def emit(name, mat):
    print(json.dumps({"name": name, "input": json.dumps([mat], separators=(",", ":"))}))


def rand(n, m, lo, hi):
    return [[rng.randint(lo, hi) for _ in range(m)] for _ in range(n)]


emit("01-one-cell-negative", [[-B]])
emit("02-one-cell-positive", [[B]])
emit("03-one-row", [[2, -1, 3, -10, 4, 4, -1]])
emit("04-one-column", [[-1], [5], [-2], [6], [-20], [3]])
emit("05-all-negative", rand(6, 7, -B, -1))
emit("06-all-zero", [[0] * 5 for _ in range(4)])
emit("07-small-random", rand(8, 9, -20, 20))
emit("08-all-max-positive", [[B] * 200 for _ in range(200)])          # sum 4e13
emit("09-max-random", rand(200, 200, -B, B))
emit("10-max-random-biased", rand(200, 200, -B, B // 2 + B // 3))
emit("11-wide", rand(10, 200, -1000, 1000))
emit("12-tall", rand(200, 7, -1000, 1000))
# planted block: a large positive rectangle surrounded by negatives
mat = rand(200, 200, -B, -B // 2)
for i in range(40, 141):
    for j in range(66, 180):
        mat[i][j] = rng.randint(B // 2, B)
emit("13-max-planted-block", mat)
emit("14-max-all-negative", rand(200, 200, -B, -1))
