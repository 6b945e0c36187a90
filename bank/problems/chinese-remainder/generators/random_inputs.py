import json
import random as _r
import sys
from math import gcd


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    while len(out) < count:
        n = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 8])
        mode = rng.random()
        if mode < 0.3:
            pool = [1, 2, 3, 4, 6, 8, 12, 16, 24, 36]
        elif mode < 0.5:
            pool = [rng.randint(1, 6)] * 3 + [rng.randint(1, 40)]
        else:
            pool = list(range(1, 60))
        mods = [rng.choice(pool) for _ in range(n)]
        L = 1
        for m in mods:
            L = L * m // gcd(L, m)
        if L > 200000:
            continue
        if rng.random() < 0.55:
            x = rng.randint(0, 3 * L)
            rems = [x % m for m in mods]
        else:
            rems = [rng.choice([0, m - 1, rng.randrange(m)]) for m in mods]
        out.append(json.dumps({"input": json.dumps([rems, mods])}))
    print("\n".join(out))


main()
