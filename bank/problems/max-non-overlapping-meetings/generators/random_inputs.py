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
    LO, HI = -2 ** 31, 2 ** 31 - 1
    out = []
    for _ in range(count):
        n = rng.choice([0, 1, 2, rng.randint(0, 5), rng.randint(0, 10), rng.randint(0, 13)])
        mode = rng.randrange(5)
        ms = []
        for _ in range(n):
            if mode == 0:
                s = rng.randint(-3, 5); e = rng.randint(s + 1, 7)
            elif mode == 1:
                s = rng.choice([LO, LO + 1, 0, HI - 1]); e = rng.choice([x for x in (LO + 1, 0, 1, HI - 1, HI) if x > s])
            elif mode == 2:
                s = rng.randint(LO, HI - 1); e = rng.randint(s + 1, HI)
            elif mode == 3:
                s = rng.randint(0, 10); e = s + 1
            else:
                s = rng.randint(-20, 20); e = s + rng.randint(1, 12)
            ms.append([s, e])
        if mode == 4 and n and rng.random() < 0.3:
            ms = [list(ms[0]) for _ in range(n)]    # all identical
        out.append(json.dumps({"input": json.dumps([ms])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
