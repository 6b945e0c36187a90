"""Hidden tests for bounded-coin-combinations."""
import json
import random

T = 40000
BIG = 10 ** 9


def emit(name, values, counts, target):
    print(json.dumps({"name": name, "input": json.dumps([values, counts, target], separators=(",", ":"))}))


def main():
    rng = random.Random(2023)
    emit("01-target-zero", [5, 1], [3, 0], 0)
    emit("02-all-counts-zero", [1, 2, 3], [0, 0, 0], 4)
    emit("03-values-above-target", [100000, 60000], [BIG, BIG], 40000)
    emit("04-exact-limit", [1], [5], 5)
    emit("05-one-over-limit", [1], [5], 6)
    emit("06-same-values", [2, 2, 2], [1, 2, 3], 6)
    for k in range(4):
        n = rng.randint(1, 5)
        emit("07-small-%d" % k, [rng.randint(1, 6) for _ in range(n)], [rng.randint(0, 4) for _ in range(n)], rng.randint(0, 25))
    # (c+1)*v overflows 32 bits and wraps to a small value
    emit("08-huge-counts", [4, 3, 7, 1, 2], [1073741823, 1431655765, BIG, BIG, 2147483646 // 2], 30000)
    cs = [rng.randint(0, 1000) for _ in range(100)]
    emit("09-max-unit-coins", [1] * 100, cs, min(T, sum(cs) // 2))
    emit("10-max-random", [rng.randint(1, 2000) for _ in range(100)], [rng.randint(0, 50) for _ in range(100)], T)
    emit("11-max-large-counts", [rng.randint(1, 100) for _ in range(100)], [rng.randint(0, BIG) for _ in range(100)], T)
    emit("12-max-mixed", [rng.choice([1, 2, 3, 5, rng.randint(1, 100000)]) for _ in range(100)], [rng.choice([0, 1, 7, 100, BIG]) for _ in range(100)], T)


main()
