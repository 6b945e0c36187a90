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
        n = rng.choice([1, 1, 2, rng.randint(1, 4), rng.randint(1, 6)])
        m = rng.choice([1, 2, rng.randint(1, 4), rng.randint(1, 6)])
        style = rng.randrange(7)
        if style == 0:
            vals = lambda: rng.randint(-3, 3)
        elif style == 1:
            vals = lambda: rng.randint(-10, -1)          # all negative
        elif style == 2:
            vals = lambda: rng.choice([-BIG, BIG, 0, BIG - 1, -BIG + 1])
        elif style == 3:
            vals = lambda: rng.randint(-BIG, BIG)
        elif style == 4:
            v = rng.choice([0, -BIG, BIG, -5, 7])
            vals = lambda: v                             # all equal
        elif style == 5:
            vals = lambda: rng.choice([0, 0, 0, -1, 1])
        else:
            vals = lambda: rng.choice([-BIG, -BIG, -1])
        mat = [[vals() for _ in range(m)] for _ in range(n)]
        out.append(json.dumps({"input": json.dumps([mat])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
