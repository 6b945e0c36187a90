import os
import sys

# This file is itself named random.py: drop its own folder from sys.path so that
# "import random" below loads the standard library module, not this file.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
import json
import random as _r

LO, HI = -2**31, 2**31 - 1


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.choice([1, 1, 2, 3, rng.randint(1, 5), rng.randint(1, 7)])
        style = rng.randrange(5)
        if style == 0:
            pool = [0]                                   # all equal
        elif style == 1:
            pool = [LO, HI, 0, -1]                       # extremes
        elif style == 2:
            pool = list(range(-2, 3))
        elif style == 3:
            pool = [rng.randint(LO, HI) for _ in range(rng.randint(1, 4))]
        else:
            pool = [rng.randint(-10**9, 10**9) for _ in range(8)]   # mostly distinct
        nums = [rng.choice(pool) for _ in range(n)]
        out.append(json.dumps({"input": json.dumps([nums])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
