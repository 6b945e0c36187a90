"""Hidden tests for maximum-flow."""
import json
import random

C = 10 ** 9


def emit(name, n, s, t, edges):
    lines = ["%d %d %d %d" % (n, len(edges), s, t)] + ["%d %d %d" % e for e in edges]
    print(json.dumps({"name": name, "input": "\n".join(lines) + "\n"}))


def bipartite(rng, half, m, lo, hi):
    """s = 1, left 2..half+1, right half+2..2half+1, t = 2half+2."""
    n = 2 * half + 2
    t = n
    e = [(1, 1 + i, rng.randint(lo, hi)) for i in range(1, half + 1)]
    e += [(1 + half + i, t, rng.randint(lo, hi)) for i in range(1, half + 1)]
    while len(e) < m:
        e.append((rng.randint(2, half + 1), rng.randint(half + 2, 2 * half + 1), rng.randint(lo, hi)))
    rng.shuffle(e)
    return n, 1, t, e


def layered(rng, layers, width, m, lo, hi):
    n = layers * width + 2
    s, t = n - 1, n
    node = lambda L, i: L * width + i + 1
    e = [(s, node(0, i), rng.randint(lo, hi)) for i in range(width)]
    e += [(node(layers - 1, i), t, rng.randint(lo, hi)) for i in range(width)]
    while len(e) < m:
        L = rng.randrange(layers - 1)
        if rng.random() < 0.85:
            e.append((node(L, rng.randrange(width)), node(L + 1, rng.randrange(width)), rng.randint(lo, hi)))
        else:
            e.append((node(L + 1, rng.randrange(width)), node(L, rng.randrange(width)), rng.randint(lo, hi)))
    rng.shuffle(e)
    return n, s, t, e


def main():
    rng = random.Random(1956)
    emit("01-single-edge", 2, 1, 2, [(1, 2, C)])
    emit("02-no-path", 4, 1, 4, [(1, 2, 5), (3, 4, 5), (4, 1, 9), (2, 2, 3)])
    emit("03-sink-is-node-1", 3, 3, 1, [(3, 2, 4), (2, 1, 3), (1, 3, 100), (3, 1, 1)])
    # a greedy first path 1-2-3-4 blocks everything without reverse edges
    emit("04-needs-reverse-edge", 4, 1, 4, [(1, 2, 1), (2, 3, 1), (3, 4, 1), (1, 3, 1), (2, 4, 1)])
    emit("05-parallel-and-opposite", 3, 1, 3, [(1, 2, 3), (1, 2, 4), (2, 1, 5), (2, 3, 6), (3, 2, 6), (1, 3, 1)])
    for k in range(4):
        n = rng.randint(2, 8)
        es = [(rng.randint(1, n), rng.randint(1, n), rng.randint(1, 10)) for _ in range(rng.randint(0, 20))]
        emit("06-small-random-%d" % k, n, 1, n, es)
    emit("07-big-capacity-star", 202, 1, 202, [(1, i, C) for i in range(2, 202)] + [(i, 202, C) for i in range(2, 202)])
    emit("08-max-bipartite-unit", *bipartite(rng, 4999, 50000, 1, 1))
    emit("09-max-bipartite-mixed", *bipartite(rng, 4999, 50000, 1, 3))
    emit("10-max-layered-big-caps", *layered(rng, 50, 200, 50000, 1, C))
    emit("11-max-layered-unit", *layered(rng, 10, 1000, 50000, 1, 1))
    chain = [(i, i + 1, C - rng.randrange(100)) for i in range(1, 10000)]
    chain += [(rng.randint(1, 9999), rng.randint(1, 10000), rng.randint(1, C)) for _ in range(40001)]
    emit("12-max-long-chain", 10000, 1, 10000, chain)
    emit("13-dense-small", 100, 1, 100, [(rng.randint(1, 100), rng.randint(1, 100), rng.randint(1, C)) for _ in range(50000)])


main()
