"""Hidden tests for range-add-range-sum."""
import json
import random

B = 10 ** 9
N = 50000


def emit(name, a, ops):
    lines = ["%d %d" % (len(a), len(ops)), " ".join(map(str, a))] + [" ".join(map(str, o)) for o in ops]
    print(json.dumps({"name": name, "input": "\n".join(lines) + "\n"}))


def ops_for(rng, n, q, p_add, xr, wide=False):
    ops = []
    for _ in range(q):
        if wide:
            l, r = rng.randint(1, max(1, n // 10)), rng.randint(n - n // 10, n)
        else:
            l, r = sorted((rng.randint(1, n), rng.randint(1, n)))
        if rng.random() < p_add:
            ops.append((1, l, r, rng.randint(-xr, xr)))
        else:
            ops.append((2, l, r))
    return ops


def main():
    rng = random.Random(307)
    emit("01-single-element", [B], [(2, 1, 1), (1, 1, 1, -B), (2, 1, 1), (1, 1, 1, -B), (2, 1, 1)])
    emit("02-only-queries", [-3, 5, -7], [(2, 1, 3), (2, 2, 2), (2, 1, 2)])
    emit("03-only-updates", [1, 2], [(1, 1, 2, 5), (1, 2, 2, -1)])
    emit("04-small-random", [rng.randint(-9, 9) for _ in range(8)], ops_for(rng, 8, 40, 0.5, 9))
    emit("05-point-ranges", [rng.randint(-B, B) for _ in range(100)], [(1, i, i, B) if i % 2 else (2, i - 1, i) for i in range(1, 101)])
    # sums far beyond 32 bits
    emit("06-overflow-32", [B] * 1000, [(1, 1, 1000, B)] * 3 + [(2, 1, 1000), (2, 500, 500)])
    emit("07-max-random", [rng.randint(-B, B) for _ in range(N)], ops_for(rng, N, N, 0.5, B))
    emit("08-max-wide-ranges-big", [B] * N, ops_for(rng, N, N, 0.6, B // 2 + 10 ** 8, wide=True))
    emit("09-max-query-heavy", [rng.randint(-5, 5) for _ in range(N)], ops_for(rng, N, N, 0.2, 5, wide=True))


main()
