"""Hidden tests for merge-files-min-cost: one file, equal sizes, 64-bit totals, max size."""
import json
import random

rng = random.Random(2718)
N = 100000
V = 10**9


def emit(name, sizes):
    print(json.dumps({"name": name, "input": json.dumps([sizes], separators=(",", ":"))}))


emit("01-one-file", [42])
emit("02-two-files", [3, 9])
emit("03-equal-sizes", [5] * 8)
emit("04-sort-once-trap", [4, 4, 5, 5])
emit("05-overflow-small", [V, V, V])
emit("06-max-values-few", [V] * 17)
for k in range(8):
    emit("07-small-random-%d" % k, [rng.randint(1, 30) for _ in range(rng.randint(1, 10))])
for k in range(3):
    emit("08-medium-random-%d" % k, [rng.randint(1, 10**6) for _ in range(rng.randint(100, 3000))])
emit("09-max-random", [rng.randint(1, V) for _ in range(N)])
emit("10-max-all-max", [V] * N)
emit("11-max-all-ones", [1] * N)
emit("12-max-skewed", [rng.choice([1, 2, 3, V]) for _ in range(N)])
emit("13-max-powers", [2 ** (i % 30) for i in range(N)])
