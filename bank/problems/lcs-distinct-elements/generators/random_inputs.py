import os
import sys

# This file is itself named random.py: drop its own folder from sys.path so that
# "import random" below loads the standard library module, not this file.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
import json
import random as _r

LO, HI = -10**9, 10**9


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.choice([1, 1, 2, 3, rng.randint(1, 8), rng.randint(1, 15)])
        m = rng.choice([1, 2, 3, rng.randint(1, 10), rng.randint(1, 20)])
        style = rng.randrange(4)
        if style == 0:
            universe = list(range(-3, 4))
        elif style == 1:
            universe = [LO, HI, LO + 1, HI - 1, 0, -1, 1]
        elif style == 2:
            universe = [rng.randint(LO, HI) for _ in range(20)]
        else:
            universe = list(range(0, 30))
        universe = list(dict.fromkeys(universe))
        n = min(n, len(universe))
        a = rng.sample(universe, n)
        if rng.random() < 0.3:
            a.sort(reverse=rng.random() < 0.5)
        pool = list(a)
        extra = [x for x in universe if x not in a]
        mode = rng.randrange(4)
        b = []
        for _ in range(m):
            if mode == 0 and extra and rng.random() < 0.3:
                b.append(rng.choice(extra))
            elif mode == 1:
                b.append(rng.choice(pool[: rng.randint(1, len(pool))]))  # many repeats
            elif mode == 2 and extra:
                b.append(rng.choice(extra) if rng.random() < 0.9 else rng.choice(pool))
            else:
                b.append(rng.choice(pool))
        if mode == 3 and rng.random() < 0.3:
            b = sorted(b, key=lambda x: -a.index(x) if x in a else 0)  # reversed order of a
        out.append(json.dumps({"input": json.dumps([a, b])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
