"""Hidden tests for mst-with-required-edge."""
import json
import random

W = 10 ** 9


def emit(name, n, edges):
    print(json.dumps({"name": name, "input": json.dumps([n, edges], separators=(",", ":"))}))


def graph(rng, n, m, lo, hi):
    perm = list(range(n))
    rng.shuffle(perm)
    e = []
    for i in range(1, n):
        j = rng.randrange(max(0, i - 3) if rng.random() < 0.5 else 0, i)
        e.append([perm[i], perm[j], rng.randint(lo, hi)])
    while len(e) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            e.append([a, b, rng.randint(lo, hi)])
    rng.shuffle(e)
    return e


def deep_path(rng, n, m, span=2000, path_w=10 ** 6):
    """The MST is a single path of n vertices with vertex 0 at one end (depth n - 1
    from the root used by the reference). Path edges are light (<= path_w); every
    extra edge is heavier, so none of them enters the tree. Most extra edges join
    the two ends of the path (first `span` vs last `span` positions), so the tree
    path of each one has >= n - 2 * span edges: walking parent pointers costs
    Theta(n) per edge, Theta(n * m) in all."""
    perm = [0] + rng.sample(range(1, n), n - 1)
    e = [[perm[i], perm[i - 1], rng.randint(1, path_w)] for i in range(1, n)]
    while len(e) < m:
        if rng.random() < 0.9:
            a, b = rng.randrange(span), n - 1 - rng.randrange(span)
        else:
            a, b = rng.randrange(n), rng.randrange(n)
            if a == b:
                continue
        if rng.random() < 0.5:
            a, b = b, a
        e.append([perm[a], perm[b], rng.randint(path_w + 1, W)])
    rng.shuffle(e)
    return e


def main():
    rng = random.Random(609)
    emit("01-two-nodes", 2, [[1, 0, 5]])
    emit("02-parallel", 2, [[0, 1, 3], [1, 0, 3], [0, 1, 1], [1, 0, W]])
    emit("03-triangle-equal", 3, [[0, 1, 2], [1, 2, 2], [2, 0, 2]])
    for k in range(4):
        n = rng.randint(3, 9)
        emit("04-small-%d" % k, n, graph(rng, n, rng.randint(n - 1, 3 * n), 1, 10))
    emit("05-tree-only", 1000, graph(rng, 1000, 999, 1, W))
    emit("06-big-weights", 2000, graph(rng, 2000, 5000, W - 1000, W))
    emit("07-max-deep-path", 20000, deep_path(rng, 20000, 40000))
    emit("08-max-random", 20000, graph(rng, 20000, 40000, 1, W))
    emit("09-max-small-weights", 20000, graph(rng, 20000, 40000, 1, 3))
    emit("10-max-dense-few-nodes", 300, graph(rng, 300, 20000, 1, 10 ** 6))


main()
