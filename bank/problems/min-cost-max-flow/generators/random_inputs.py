import os
import sys

# this file is named random.py: keep its own folder off the import path so that the
# standard library's random module is imported, not this file
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]
_m = sys.modules.get("random")
if _m is not None and os.path.dirname(os.path.abspath(getattr(_m, "__file__", "") or "")) == _here:
    del sys.modules["random"]
import json
import random as _random


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    out = []
    for _ in range(count):
        n = rng.choice([2, 2, 3, rng.randint(2, 5), rng.randint(2, 8)])
        m = rng.choice([0, 1, rng.randint(0, 6), rng.randint(0, 15), rng.randint(0, 25)])
        cmode = rng.randrange(4)
        wmode = rng.randrange(4)
        s = rng.randrange(n)
        t = rng.randrange(n - 1)
        if t >= s:
            t += 1
        edges = []
        for _ in range(m):
            r = rng.random()
            if r < 0.15:
                u = s; v = rng.randrange(n)
            elif r < 0.3:
                u = rng.randrange(n); v = t
            else:
                u = rng.randrange(n); v = rng.randrange(n)
            if cmode == 0:
                c = rng.randint(1, 3)
            elif cmode == 1:
                c = rng.choice([1, 10 ** 6])
            elif cmode == 2:
                c = 1
            else:
                c = rng.randint(1, 10 ** 6)
            if wmode == 0:
                w = 0
            elif wmode == 1:
                w = rng.randint(0, 3)
            elif wmode == 2:
                w = rng.choice([0, 10 ** 6])
            else:
                w = rng.randint(0, 10 ** 6)
            edges.append([u, v, c, w])
        if edges and rng.random() < 0.15:
            edges.append(list(edges[rng.randrange(len(edges))]))   # exact parallel duplicate
        if edges and rng.random() < 0.15:
            u, v, c, w = edges[rng.randrange(len(edges))]
            edges.append([v, u, c, w])                              # opposite edge
        rng.shuffle(edges)
        out.append(json.dumps({"input": json.dumps([n, edges, s, t])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
