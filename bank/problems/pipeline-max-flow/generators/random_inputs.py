import os
import sys

# This file is itself named random.py: drop its own folder from sys.path so that
# "import random" below loads the standard library module, not this file.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
import json
import random as _r

BIG = 10**9


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.choice([2, 2, 3, rng.randint(2, 5), rng.randint(2, 9)])
        m = rng.choice([0, 1, rng.randint(0, 6), rng.randint(0, 20), rng.randint(0, 30)])
        s, t = rng.sample(range(1, n + 1), 2)
        capmode = rng.randrange(5)
        lines = []
        for _ in range(m):
            u = rng.randint(1, n)
            v = rng.randint(1, n)
            r = rng.random()
            if r < 0.08:
                v = u                          # self-loop
            elif r < 0.2:
                u, v = s, rng.randint(1, n)    # out of the source
            elif r < 0.3:
                u, v = rng.randint(1, n), t    # into the sink
            elif r < 0.35:
                u, v = t, s                    # backwards pipe
            elif r < 0.5 and lines:
                # continue from the head of the previous pipe (builds s -> ... -> t paths)
                u = int(lines[-1].split()[1])
                v = t if rng.random() < 0.4 else rng.randint(1, n)
            if capmode == 0:
                c = rng.randint(0, 3)
            elif capmode == 1:
                c = rng.choice([0, BIG, BIG - 1, 1])
            elif capmode == 2:
                c = rng.randint(0, BIG)
            elif capmode == 3:
                c = 1
            else:
                c = rng.randint(0, 10)
            lines.append(f"{u} {v} {c}")
            if rng.random() < 0.1:
                lines.append(lines[-1])        # exact duplicate pipe
        if rng.random() < 0.6:
            for _ in range(rng.randint(1, 3)):
                k = rng.randint(0, min(3, n - 2))
                mids = rng.sample([v for v in range(1, n + 1) if v != s and v != t], k)
                path = [s] + mids + [t]
                for a, b in zip(path, path[1:]):
                    c = rng.choice([1, 2, 3, rng.randint(0, 10), BIG])
                    lines.insert(rng.randint(0, len(lines)), f"{a} {b} {c}")
        if len(lines) > m and rng.random() < 0.3:
            lines = lines[:m]
        text = f"{n} {len(lines)} {s} {t}\n" + "".join(l + "\n" for l in lines)
        out.append(json.dumps({"input": text}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
