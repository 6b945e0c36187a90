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
    LO, HI = -10 ** 9, 10 ** 9
    out = []
    for _ in range(count):
        n = rng.choice([1, 1, 2, 3, rng.randint(1, 8), rng.randint(1, 25), rng.randint(1, 60)])
        mode = rng.randrange(6)
        if mode == 0:
            a = [rng.randint(0, 2) for _ in range(n)]
        elif mode == 1:
            a = [rng.choice([LO, HI, 0])] * n
        elif mode == 2:
            a = [rng.choice([LO, HI, 0, -1, 1]) for _ in range(n)]
        elif mode == 3:
            a = sorted(rng.randint(-5, 5) for _ in range(n))
            if rng.random() < 0.5:
                a.reverse()
        elif mode == 4:
            a = [rng.randint(LO, HI) for _ in range(n)]
        else:
            a = [rng.randint(-10, 10) for _ in range(n)]
        k = rng.choice([1, n, rng.randint(1, n)])
        out.append(json.dumps({"input": json.dumps([a, k])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
