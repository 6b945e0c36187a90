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

LO, HI = -2 ** 31, 2 ** 31 - 1


def pairs(a, t):
    c = 0
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            if a[i] + a[j] == t:
                c += 1
                if c > 1:
                    return c
    return c


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    out = []
    while len(out) < count:
        n = rng.choice([2, 2, 3, rng.randint(2, 6), rng.randint(2, 12), rng.randint(2, 30)])
        mode = rng.randrange(5)
        if mode == 0:
            a = [rng.randint(-4, 4) for _ in range(n)]
        elif mode == 1:
            a = [rng.choice([LO, LO + 1, -1, 0, 1, HI - 1, HI]) for _ in range(n)]
        elif mode == 2:
            a = [rng.randint(LO, HI) for _ in range(n)]
        elif mode == 3:
            a = [rng.randint(-50, 50) for _ in range(n)]
        else:
            a = [rng.randint(0, 3) * 1000 for _ in range(n)]
        a.sort()
        i, j = sorted(rng.sample(range(n), 2))
        t = a[i] + a[j]
        if not (LO <= t <= HI):
            continue
        if pairs(a, t) != 1:
            # keep the chosen pair, then re-add the other elements only when they create no extra pair
            chosen = [a[i], a[j]]
            rest = [a[x] for x in range(n) if x != i and x != j]
            rng.shuffle(rest)
            for v in rest:
                if all(v + u != t for u in chosen):
                    chosen.append(v)
            a = sorted(chosen)
        assert pairs(a, t) == 1
        out.append(json.dumps({"input": json.dumps([a, t])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
