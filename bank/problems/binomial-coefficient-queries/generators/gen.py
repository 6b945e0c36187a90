"""Hidden tests for binomial-coefficient-queries."""
import json
import random

N = 10 ** 6


def emit(name, qs):
    print(json.dumps({"name": name, "input": "%d\n" % len(qs) + "".join("%d %d\n" % x for x in qs)}))


def main():
    rng = random.Random(1000000007)
    emit("01-zero", [(0, 0)])
    emit("02-k-greater-than-n", [(0, 1), (5, 6), (999999, 1000000), (3, 1000000)])
    emit("03-edges", [(N, 0), (N, N), (N, 1), (N, N - 1), (1, 0), (1, 1)])
    emit("04-small-all", [(n, k) for n in range(12) for k in range(14)])
    emit("05-pascal-range", [(rng.randint(0, 2000), rng.randint(0, 2000)) for _ in range(1000)])
    emit("06-max-random", [(rng.randint(0, N), rng.randint(0, N)) for _ in range(100000)])
    qs = []
    for _ in range(50000):
        n = rng.randint(N - 1000, N)
        qs.append((n, rng.randint(n // 2 - 1000, n // 2 + 1000)))
    emit("07-max-middle-k", qs)
    qs = []
    for _ in range(50000):
        n = rng.randint(0, N)
        qs.append((n, rng.randint(0, n)))
    emit("08-max-valid-k", qs)


main()
