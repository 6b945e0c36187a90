"""Hidden tests for pipeline-max-flow: residual-edge traps, 64-bit totals, max-size graphs."""
import json
import random

rng = random.Random(99173)
C = 10**9


def emit(name, n, s, t, edges):
    lines = ["%d %d %d %d" % (n, len(edges), s, t)] + ["%d %d %d" % tuple(e) for e in edges]
    print(json.dumps({"name": name, "input": "\n".join(lines) + "\n"}))


def rand_edges(n, m, maxc, minc=1):
    return [[rng.randint(1, n), rng.randint(1, n), rng.randint(minc, maxc)] for _ in range(m)]


emit("01-single-edge", 2, 1, 2, [[1, 2, 5]])
emit("02-no-edges", 2, 1, 2, [])
emit("03-unreachable", 4, 1, 4, [[1, 2, 7], [2, 3, 7], [4, 1, 9]])
# s=1 a=2 b=3 t=4 c=5 d=6: BFS first finds s-a-b-t; reaching flow 2 needs the residual edge b->a
emit("04-needs-residual", 6, 1, 4, [[1, 2, 1], [2, 3, 1], [3, 4, 1], [1, 5, 1], [5, 3, 1], [2, 6, 1], [6, 4, 1]])
emit("05-loops-parallel-antiparallel", 4, 1, 4,
     [[1, 1, 9], [1, 2, 3], [1, 2, 4], [2, 1, 5], [2, 3, 6], [3, 2, 2], [3, 4, 10], [4, 4, 1], [4, 3, 3], [3, 1, 8]])
emit("06-zero-capacities", 3, 1, 3, [[1, 2, 0], [2, 3, 5], [1, 3, 0]])
emit("07-overflow-parallel", 2, 2, 1, [[2, 1, C] for _ in range(60)])
emit("08-s-and-t-reversed-edges", 3, 3, 1, [[1, 2, 4], [2, 3, 4], [3, 2, 2], [2, 1, 1]])
for k in range(10):
    n = rng.randint(2, 8)
    s, t = rng.sample(range(1, n + 1), 2)
    emit("09-small-random-%02d" % k, n, s, t, rand_edges(n, rng.randint(1, 20), 10, 0))
for k in range(3):
    n = rng.randint(20, 200)
    emit("10-medium-random-%d" % k, n, 1, n, rand_edges(n, rng.randint(n, 10 * n), 1000))

N, M = 5000, 50000


def bipartite(half, m, maxc):
    s, t = 1, 2 * half + 2
    edges = [[s, 1 + i, rng.randint(1, maxc)] for i in range(1, half + 1)]
    edges += [[1 + half + i, t, rng.randint(1, maxc)] for i in range(1, half + 1)]
    while len(edges) < m:
        edges.append([1 + rng.randint(1, half), 1 + half + rng.randint(1, half), rng.randint(1, maxc)])
    rng.shuffle(edges)
    return 2 * half + 2, s, t, edges


n, s, t, e = bipartite(2000, M, 1)
emit("11-max-bipartite-unit", n, s, t, e)
n, s, t, e = bipartite(2400, M, 3)
emit("12-max-bipartite-small-caps", n, s, t, e)
n, s, t, e = bipartite(2000, M, C)
emit("13-max-bipartite-big-caps", n, s, t, e)
emit("14-max-random", N, 1, N, rand_edges(N, M, C))
# layered: 50 layers of 100 nodes, only edges between consecutive layers, big capacities
L, W = 50, 100
edges = [[1, 2 + i, C] for i in range(W)] + [[2 + (L - 1) * W + i, L * W + 2, C] for i in range(W)]
while len(edges) < M:
    layer = rng.randrange(L - 1)
    edges.append([2 + layer * W + rng.randrange(W), 2 + (layer + 1) * W + rng.randrange(W), rng.randint(1, C)])
emit("15-max-layered", L * W + 2, 1, L * W + 2, edges)
# many disjoint two-hop paths with the largest capacities: answer about 2.5e13
mid = N - 2
edges = []
for i in range(mid):
    edges.append([1, 2 + i, C])
    edges.append([2 + i, N, rng.randint(C - 100, C)])
emit("16-max-wide-big", N, 1, N, edges)
