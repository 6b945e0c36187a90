import os
import sys

# This file is itself named random.py: drop its own folder from sys.path so that
# "import random" below loads the standard library module, not this file.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
import json
import random as _r


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        mode = rng.randrange(6)
        if mode == 0:
            n = rng.randint(1, 3)
        else:
            n = rng.randint(1, 22)
        dens = rng.choice([0.0, 0.05, 0.15, 0.3, 0.5, 1.0])
        broken = [i for i in range(1, n + 1) if rng.random() < dens]
        if mode == 1 and rng.random() < 0.5 and n not in broken:
            broken.append(n)  # top broken
        if mode == 2:
            broken = []
        broken.sort()
        out.append(json.dumps({"input": json.dumps([n, broken])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
