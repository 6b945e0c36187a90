"""Small-input generator for maze-shortest-path: reads SEED COUNT, prints COUNT JSON lines."""
import json
import os
import sys

# this file is itself named random.py: drop its own folder from the path so that
# the standard library's random module is imported, not this script
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [q for q in sys.path if os.path.abspath(q or os.curdir) != _here]
import random as _random  # noqa: E402


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    out = []
    for _ in range(count):
        while True:
            R = rng.randint(1, 8)
            C = rng.randint(1, 8)
            if R * C >= 2:
                break
        p = rng.choice([0.0, 0.1, 0.25, 0.4, 0.6, 0.9])
        g = [["#" if rng.random() < p else "." for _ in range(C)] for _ in range(R)]
        cells = [(i, j) for i in range(R) for j in range(C)]
        if rng.random() < 0.2 and R * C >= 2:
            # adjacent S and E
            i, j = rng.choice(cells)
            nb = [(i + a, j + b) for a, b in ((1, 0), (-1, 0), (0, 1), (0, -1))
                  if 0 <= i + a < R and 0 <= j + b < C]
            s = (i, j)
            t = rng.choice(nb)
        else:
            s, t = rng.sample(cells, 2)
        if rng.random() < 0.3:
            s, t = (0, 0), (R - 1, C - 1)
            if s == t:
                s, t = rng.sample(cells, 2)
        g[s[0]][s[1]] = "S"
        g[t[0]][t[1]] = "E"
        text = "%d %d\n" % (R, C) + "".join("".join(r) + "\n" for r in g)
        out.append(json.dumps({"input": text}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
