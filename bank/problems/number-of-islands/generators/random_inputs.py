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
        m = rng.choice([1, 1, 2, rng.randint(1, 5), rng.randint(1, 10), rng.randint(1, 14)])
        n = rng.choice([1, 1, 2, rng.randint(1, 5), rng.randint(1, 10), rng.randint(1, 14)])
        mode = rng.randrange(6)
        if mode == 0:
            p = rng.random()
            g = [[('1' if rng.random() < p else '0') for _ in range(n)] for _ in range(m)]
        elif mode == 1:
            ch = rng.choice('01')
            g = [[ch] * n for _ in range(m)]
        elif mode == 2:   # checkerboard
            par = rng.randrange(2)
            g = [[('1' if (i + j) % 2 == par else '0') for j in range(n)] for i in range(m)]
        elif mode == 3:   # snake
            g = [['0'] * n for _ in range(m)]
            for i in range(0, m, 2):
                for j in range(n):
                    g[i][j] = '1'
                if i + 1 < m:
                    g[i + 1][n - 1 if (i // 2) % 2 == 0 else 0] = '1'
        elif mode == 4:   # frame / ring with hole
            g = [[('1' if i in (0, m - 1) or j in (0, n - 1) else '0') for j in range(n)] for i in range(m)]
            if m > 2 and n > 2 and rng.random() < 0.5:
                g[m // 2][n // 2] = '1'
        else:
            g = [[('1' if rng.random() < 0.5 else '0') for _ in range(n)] for _ in range(m)]
        grid = ["".join(r) for r in g]
        out.append(json.dumps({"input": json.dumps([grid])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
