"""Small-input generator for maximum-flow: reads SEED COUNT, prints COUNT JSON lines."""
import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    C = 10**9
    for _ in range(count):
        n = rng.choice([2, 2, 3, 4, rng.randint(2, 7), rng.randint(4, 9)])
        m = rng.choice([0, 1, rng.randint(0, 6), rng.randint(0, 15), rng.randint(n, 3 * n)])
        cmode = rng.randrange(5)
        def c():
            if cmode == 0:
                return 1
            if cmode == 1:
                return rng.randint(1, 3)
            if cmode == 2:
                return rng.choice([1, C, C - 1])
            if cmode == 3:
                return rng.randint(1, C)
            return rng.randint(1, 10)
        s = rng.randint(1, n)
        t = rng.randint(1, n - 1)
        if t >= s:
            t += 1
        edges = []
        while len(edges) < m:
            r = rng.random()
            if r < 0.08:
                u = rng.randint(1, n); v = u  # self-loop
            elif r < 0.2 and edges:
                a, b, _ = rng.choice(edges)
                u, v = (b, a) if rng.random() < 0.5 else (a, b)  # opposite / parallel
            elif r < 0.3:
                u, v = rng.choice([(s, t), (t, s), (rng.randint(1, n), s), (t, rng.randint(1, n))])
            else:
                u = rng.randint(1, n); v = rng.randint(1, n)
            edges.append((u, v, c()))
        text = f"{n} {m} {s} {t}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)
        print(json.dumps({"input": text}))


main()
