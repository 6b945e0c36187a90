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
    for c in range(count):
        mode = rng.randrange(8)
        n = rng.choice([1, 1, 2, 2, 3, rng.randint(1, 6), rng.randint(1, 12), rng.randint(1, 30)])
        if mode == 0:
            a = [rng.randint(0, 2) for _ in range(n)]
        elif mode == 1:
            v = rng.choice([LO, HI, 0, rng.randint(LO, HI)])
            a = [v] * n
        elif mode == 2:
            a = [rng.choice([LO, HI, 0, -1, 1]) for _ in range(n)]
        elif mode == 3:
            a = sorted(rng.randint(-5, 5) for _ in range(n))
            if rng.random() < 0.5:
                a.reverse()
        elif mode == 4:
            a = [rng.randint(LO, HI) for _ in range(n)]
        elif mode == 5:
            a = list(range(n, 0, -1))
        elif mode == 6:
            a = sorted(rng.randint(-3, 3) for _ in range(n))
            # a few perturbations
            for _ in range(rng.randint(0, 2)):
                if n >= 2:
                    i, j = rng.randrange(n), rng.randrange(n)
                    a[i], a[j] = a[j], a[i]
        else:
            a = [rng.randint(-10, 10) for _ in range(n)]
        text = "%d\n%s\n" % (n, " ".join(map(str, a)))
        out.append(json.dumps({"input": text}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
