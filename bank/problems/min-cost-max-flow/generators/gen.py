"""Hidden tests for min-cost-max-flow."""
import json
import random


def emit(name, n, edges, s, t):
    print(json.dumps({"name": name, "input": json.dumps([n, edges, s, t], separators=(",", ":"))}))


def layered(rng, layers, width, m, cap, cost):
    n = layers * width + 2
    s, t = n - 2, n - 1
    node = lambda L, i: L * width + i
    e = [[s, node(0, i), rng.randint(*cap), rng.randint(*cost)] for i in range(width)]
    e += [[node(layers - 1, i), t, rng.randint(*cap), rng.randint(*cost)] for i in range(width)]
    while len(e) < m:
        L = rng.randrange(layers - 1)
        a, b = node(L, rng.randrange(width)), node(L + 1, rng.randrange(width))
        if rng.random() < 0.15:
            a, b = b, a
        e.append([a, b, rng.randint(*cap), rng.randint(*cost)])
    rng.shuffle(e)
    return n, e, s, t


def main():
    rng = random.Random(1972)
    emit("01-single-edge", 2, [[0, 1, 1000000, 1000000]], 0, 1)
    emit("02-unreachable", 4, [[0, 1, 3, 1], [2, 3, 3, 1], [3, 0, 9, 0]], 0, 3)
    emit("03-zero-costs", 3, [[0, 1, 5, 0], [1, 2, 4, 0], [0, 2, 2, 0]], 0, 2)
    emit("04-parallel-different-costs", 2, [[0, 1, 2, 7], [0, 1, 3, 2], [1, 0, 9, 0], [0, 0, 5, 1]], 0, 1)
    # the cheapest path must later be partly undone through a residual edge
    emit("05-needs-cost-refund", 4, [[0, 1, 1, 1], [1, 2, 1, 1], [2, 3, 1, 1], [0, 2, 1, 5], [1, 3, 1, 5]], 0, 3)
    emit("06-t-is-zero", 3, [[2, 1, 4, 3], [1, 0, 4, 3], [2, 0, 1, 100]], 2, 0)
    for k in range(5):
        n = rng.randint(2, 7)
        es = [[rng.randrange(n), rng.randrange(n), rng.randint(1, 6), rng.randint(0, 9)] for _ in range(rng.randint(0, 14))]
        emit("07-small-random-%d" % k, n, es, 0, n - 1)
    emit("08-assignment-40x40", *(lambda: (82, [[80, i, 1, 0] for i in range(40)] + [[40 + j, 81, 1, 0] for j in range(40)] + [[i, 40 + j, 1, rng.randint(0, 1000)] for i in range(40) for j in range(40) if rng.random() < 0.8], 80, 81))())
    emit("09-max-big-capacity", *layered(rng, 6, 24, 1500, (10 ** 5, 10 ** 6), (0, 10 ** 6)))
    emit("10-max-layered-mixed", *layered(rng, 10, 14, 1500, (1, 10 ** 6), (0, 1000)))
    emit("11-max-equal-costs", *layered(rng, 5, 29, 1500, (10 ** 5, 10 ** 6), (7, 7)))
    n = 150
    es = [[rng.randrange(n), rng.randrange(n), rng.randint(10 ** 5, 10 ** 6), rng.randint(0, 10 ** 6)] for _ in range(1500)]
    emit("12-max-random", n, es, 0, 149)


main()
