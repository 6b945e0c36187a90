"""Small-input generator for mst-total-weight: reads SEED COUNT, prints COUNT JSON lines."""
import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    W = 10**9
    for _ in range(count):
        n = rng.choice([1, 2, 3, rng.randint(1, 6), rng.randint(1, 7), rng.randint(3, 7)])
        m = rng.choice([0, rng.randint(0, 4), rng.randint(0, 10), rng.randint(max(0, n - 1), n + 6)])
        m = min(m, 12)
        wmode = rng.randrange(5)
        def w():
            if wmode == 0:
                return rng.randint(-2, 2)
            if wmode == 1:
                return rng.choice([-W, W, 0])
            if wmode == 2:
                return 7
            if wmode == 3:
                return rng.randint(-W, W)
            return rng.choice([-W, W, -1, 0, 1, rng.randint(-W, W)])
        edges = []
        if rng.random() < 0.5 and n >= 2 and m >= n - 1:
            # start with a random spanning tree so the instance is often feasible
            perm = list(range(1, n + 1))
            rng.shuffle(perm)
            for i in range(1, n):
                edges.append((perm[i], perm[rng.randrange(i)], w()))
        while len(edges) < m:
            r = rng.random()
            u = rng.randint(1, n)
            if r < 0.15:
                v = u  # self-loop
            elif r < 0.3 and edges:
                a, b, _ = rng.choice(edges)
                u, v = (b, a) if rng.random() < 0.5 else (a, b)  # parallel edge
            else:
                v = rng.randint(1, n)
            edges.append((u, v, w()))
        rng.shuffle(edges)
        text = f"{n} {len(edges)}\n" + "".join(f"{u} {v} {x}\n" for u, v, x in edges)
        print(json.dumps({"input": text}))


main()
