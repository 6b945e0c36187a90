"""Hidden tests for network-signal-delay: edge cases, 64-bit distances, max-size graphs."""
import json
import random

rng = random.Random(20240611)
MAXW = 10**9


def emit(name, n, edges, source):
    text = json.dumps([n, edges, source], separators=(",", ":"))
    print(json.dumps({"name": name, "input": text}))


def rand_graph(n, m, maxw, minw=0):
    return [[rng.randrange(n), rng.randrange(n), rng.randint(minw, maxw)] for _ in range(m)]


emit("01-single-node", 1, [], 0)
emit("02-single-node-self-loop", 1, [[0, 0, 5]], 0)
emit("03-no-edges", 5, [], 3)
emit("04-parallel-and-loops", 4, [[0, 1, 9], [0, 1, 2], [1, 1, 0], [1, 2, 7], [1, 2, 3], [2, 0, 1], [2, 3, 10**9]], 0)
emit("05-zero-weights", 6, [[0, 1, 0], [1, 2, 0], [2, 3, 0], [0, 3, 1], [3, 4, 0], [5, 4, 0]], 0)
emit("06-source-not-zero", 5, [[4, 3, 2], [3, 2, 2], [2, 1, 2], [1, 0, 2], [4, 0, 9]], 4)
# a chain of maximum weights: distances leave the 32-bit range after three hops
chain = [[i, i + 1, MAXW] for i in range(29)]
emit("07-overflow-chain", 30, chain, 0)
# decoy: a cheap first hop that leads to an expensive path (visiting on push fails here)
emit("08-decoy-first-hop", 5, [[0, 1, 1], [1, 4, 100], [0, 2, 5], [2, 3, 5], [3, 4, 5], [0, 4, 50]], 0)
for k in range(4):
    n = rng.randint(2, 12)
    emit("09-small-random-%d" % k, n, rand_graph(n, rng.randint(0, 30), 20), rng.randrange(n))
for k in range(3):
    n = rng.randint(50, 300)
    emit("10-medium-random-%d" % k, n, rand_graph(n, rng.randint(n, 4 * n), 1000), rng.randrange(n))
# disconnected halves
n = 2000
edges = rand_graph(1000, 4000, MAXW) + [[1000 + u, 1000 + v, w] for u, v, w in rand_graph(1000, 4000, MAXW)]
rng.shuffle(edges)
emit("11-two-components", n, edges, 7)

N, M = 20000, 30000
emit("12-max-random", N, rand_graph(N, M, MAXW), 0)
emit("13-max-random-small-weights", N, rand_graph(N, M, 10), rng.randrange(N))
# long heavy path with many tempting shortcuts that are slightly worse: distances up to ~1e11
perm = list(range(N))
rng.shuffle(perm)
STEP = 10**7
edges = [[perm[i], perm[i + 1], rng.randint(STEP, STEP + 1000)] for i in range(N - 1)]
while len(edges) < M:
    i = rng.randrange(N - 1)
    j = rng.randint(i + 1, min(N - 1, i + 50))
    edges.append([perm[i], perm[j], (j - i) * (STEP + 1000) + rng.randint(1, 1000)])
rng.shuffle(edges)
emit("14-max-heavy-path", N, edges, perm[0])
# layered graph: many relaxations per node, each layer fully reachable
layers, width = 100, 200
edges = []
for layer in range(layers - 1):
    for _ in range(M // (layers - 1)):
        a = layer * width + rng.randrange(width)
        b = (layer + 1) * width + rng.randrange(width)
        edges.append([a, b, rng.randint(0, MAXW)])
emit("15-max-layered", layers * width, edges[:M], 0)
# star out of the source plus random edges
edges = [[0, v, rng.randint(MAXW // 2, MAXW)] for v in range(1, N)] + rand_graph(N, M - (N - 1), 1000)
emit("16-max-star", N, edges, 0)
