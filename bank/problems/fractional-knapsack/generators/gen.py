"""Hidden tests for fractional-knapsack: empty, zero capacity, split item, huge totals, max size."""
import json
import random

rng = random.Random(8086)
W = 10**9


def emit(name, weights, values, capacity):
    text = json.dumps([weights, values, capacity], separators=(",", ":"))
    print(json.dumps({"name": name, "input": text}))


def rand_items(n, maxw, maxv):
    return [rng.randint(1, maxw) for _ in range(n)], [rng.randint(0, maxv) for _ in range(n)]


emit("01-empty", [], [], 10)
emit("02-zero-capacity", [3, 4], [5, 6], 0)
emit("03-one-item-split", [4], [10], 3)
emit("04-one-item-fits", [4], [10], 100)
emit("05-small-split-half", [2, 2], [3, 1], 3)
emit("06-value-trap", [10, 1, 1], [10, 5, 5], 2)
emit("07-zero-values", [5, 5, 5], [0, 0, 7], 12)
emit("08-equal-ratios", [1, 2, 3, 4], [2, 4, 6, 8], 5)
for k in range(8):
    w, v = rand_items(rng.randint(1, 8), 10, 10)
    emit("09-small-random-%d" % k, w, v, rng.randint(0, 40))
for k in range(3):
    n = rng.randint(100, 1000)
    w, v = rand_items(n, 10**6, 10**6)
    emit("10-medium-random-%d" % k, w, v, rng.randint(0, sum(w)))
N = 50000
w, v = rand_items(N, W, W)
emit("11-max-half-capacity", w, v, sum(w) // 2)
w, v = rand_items(N, W, W)
emit("12-max-take-everything", w, v, 10**14)
w, v = rand_items(N, W, W)
emit("13-max-tight", w, v, sum(w) - 1)
w, v = rand_items(N, 1000, 10)
emit("14-max-small-values", w, v, sum(w) // 3 + 1)
