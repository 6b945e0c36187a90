"""Hidden tests for flow-with-lower-bounds.

Feasible instances are built from a known flow: random s-t paths and cycles are
accumulated, then every used edge gets l <= f <= r around its flow."""
import json
import random

C = 10 ** 9


def emit(name, n, s, t, edges):
    lines = ["%d %d %d %d" % (n, len(edges), s, t)] + ["%d %d %d %d" % e for e in edges]
    print(json.dumps({"name": name, "input": "\n".join(lines) + "\n"}))


def from_flow(rng, n, s, t, npaths, ncycles, plen, amount, slack, extra, lb_prob=0.7):
    inner = [v for v in range(1, n + 1) if v not in (s, t)]
    flow = {}

    def walk(seq, a):
        for x, y in zip(seq, seq[1:]):
            flow[(x, y)] = flow.get((x, y), 0) + a

    for _ in range(npaths):
        seq = [s] + rng.sample(inner, min(len(inner), rng.randint(0, plen))) + [t]
        if rng.random() < 0.1:
            seq.reverse()  # some flow goes t -> s
        walk(seq, rng.randint(*amount))
    for _ in range(ncycles):
        k = min(len(inner), rng.randint(2, plen + 2))
        seq = rng.sample(inner, k) if k >= 2 else []
        if seq:
            walk(seq + [seq[0]], rng.randint(*amount))
    edges = []
    for (x, y), f in flow.items():
        lo = rng.randint(0, f) if rng.random() < lb_prob else 0
        edges.append((x, y, lo, f + rng.randint(0, slack)))
    for _ in range(extra):
        edges.append((rng.randint(1, n), rng.randint(1, n), 0, rng.randint(0, slack)))
    rng.shuffle(edges)
    return edges


def main():
    rng = random.Random(4242)
    emit("01-no-edges", 2, 1, 2, [])
    emit("02-only-backward", 3, 1, 3, [(3, 2, 2, 2), (2, 1, 1, 4)])  # node 2 unbalanced
    emit("03-forced-backward", 3, 1, 3, [(3, 2, 2, 5), (2, 1, 2, 5), (1, 3, 0, 1)])
    emit("04-negative-value", 4, 2, 3, [(3, 1, 4, 9), (1, 2, 4, 6), (2, 4, 0, 3), (4, 2, 1, 1)])
    emit("05-self-loop-lower", 2, 1, 2, [(1, 1, 5, 5), (2, 2, 0, 3), (1, 2, 1, 2)])
    emit("06-cycle-needs-bound", 4, 1, 4, [(2, 3, 3, 3), (3, 2, 0, 2), (1, 4, 0, 7)])  # infeasible
    emit("07-zero-lower-bounds", 4, 1, 4, [(1, 2, 0, 3), (1, 3, 0, 2), (2, 3, 0, 5), (2, 4, 0, 2), (3, 4, 0, 3)])
    for k in range(6):
        n = rng.randint(2, 7)
        s, t = rng.sample(range(1, n + 1), 2)
        emit("08-small-%d" % k, n, s, t, from_flow(rng, n, s, t, rng.randint(0, 3), rng.randint(0, 2), 3, (1, 5), 3, rng.randint(0, 4)))
    for k in range(4):
        n = rng.randint(3, 7)
        s, t = rng.sample(range(1, n + 1), 2)
        emit("09-small-any-%d" % k, n, s, t, [(rng.randint(1, n), rng.randint(1, n), lo, lo + rng.randint(0, 3)) for lo in (rng.randint(0, 3) for _ in range(rng.randint(1, 8)))])
    e = from_flow(rng, 300, 1, 300, 200, 100, 8, (C // 4, C // 2), C // 2, 300)
    emit("10-big-values", 300, 1, 300, e)
    e = from_flow(rng, 1000, 1, 1000, 150, 150, 20, (1, 100), 50, 2000)
    e.append((rng.randint(2, 999), rng.randint(2, 999), 10 ** 6, 10 ** 6))  # breaks feasibility
    emit("11-infeasible-medium", 1000, 1, 1000, e)
    # unit bipartite with some forced edges, plus a dead-end region hanging off s
    # that every BFS explores: many augmenting paths in phase two
    half, dead = 3000, 3998
    n, s, t = 2 * half + dead + 2, 1, 2 * half + 2
    es = []
    forced = set(rng.sample(range(half), 400))
    for i in range(half):
        es.append((s, 2 + i, 1 if i in forced else 0, 1))
        es.append((2 + half + i, t, 1 if i in forced else 0, 1))
        if i in forced:
            es.append((2 + i, 2 + half + i, 1, 1))
    for i in range(dead):
        es.append((s, t + 1 + i, 0, 1))
    for _ in range(20000):
        es.append((rng.randint(t + 1, n), rng.randint(t + 1, n), 0, C))
    while len(es) < 50000:
        es.append((rng.randint(2, half + 1), rng.randint(half + 2, 2 * half + 1), 0, 1))
    rng.shuffle(es)
    emit("12-max-bipartite-forced", n, s, t, es)
    e = from_flow(rng, 5000, 1, 5000, 400, 200, 10, (1, 10 ** 6), 10 ** 6, 8000)
    emit("13-large-random", 5000, 1, 5000, e)
    e = from_flow(rng, 5000, 17, 4242, 500, 500, 6, (1, 50), 20, 7000, lb_prob=0.95)
    emit("14-large-many-cycles", 5000, 17, 4242, e)


main()
