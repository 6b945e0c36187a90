"""Small-input generator for flow-with-lower-bounds: reads SEED COUNT, prints COUNT JSON lines."""
import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    for _ in range(count):
        n = rng.choice([2, 2, 3, 3, 4, rng.randint(2, 6)])
        m = rng.choice([0, 1, 2, rng.randint(0, 5), rng.randint(2, 7), rng.randint(4, 8)])
        s = rng.randint(1, n)
        t = rng.randint(1, n - 1)
        if t >= s:
            t += 1
        K = rng.choice([1, 1, 1, 1, 2, 10**8, 3 * 10**8, 333333333])
        bmode = rng.randrange(4)
        edges = []
        space = 1
        while len(edges) < m:
            r_ = rng.random()
            if r_ < 0.1:
                u = rng.randint(1, n); v = u
            elif r_ < 0.25 and edges:
                a, b = rng.choice(edges)[:2]
                u, v = (b, a) if rng.random() < 0.5 else (a, b)
            elif r_ < 0.45:
                u, v = rng.choice([(s, t), (t, s), (rng.randint(1, n), s), (t, rng.randint(1, n)),
                                   (s, rng.randint(1, n)), (rng.randint(1, n), t)])
            else:
                u, v = rng.randint(1, n), rng.randint(1, n)
            if bmode == 0:
                l = rng.randint(0, 2); r = l + rng.randint(0, 2)
            elif bmode == 1:
                l = rng.choice([0, 0, 1, 3]); r = max(l, rng.randint(0, 3))
            elif bmode == 2:
                l = r = rng.randint(0, 3)  # fixed flows
            else:
                l = 0; r = rng.randint(0, 3)
            r = min(r, 10**9 // K)  # keep r * K within 10^9
            l = min(l, r)
            if space * (r - l + 1) > 4000:
                l = r  # keep the brute force's search space small
            space *= (r - l + 1)
            edges.append((u, v, l * K, r * K))
        text = f"{n} {m} {s} {t}\n" + "".join(f"{u} {v} {l} {r}\n" for u, v, l, r in edges)
        print(json.dumps({"input": text}))


main()
