import json
import random as _r
import sys


def num(rng, lo, hi, pzero):
    if rng.random() < pzero:
        return 0
    v = rng.randint(int(lo * 2), int(hi * 2)) / 2
    return int(v) if v == int(v) else v


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, 5)
        m = rng.randint(1, 5)
        R = rng.choice([1, 2, 3, 5, 1000])
        pz = rng.choice([0.0, 0.2, 0.5])
        posA = rng.random() < 0.4  # mostly-positive A gives bounded problems
        A = [[num(rng, -R if not posA else -0.5, R, pz) for _ in range(n)] for _ in range(m)]
        bz = rng.choice([0.0, 0.0, 0.2, 0.5, 1.0])
        b = [num(rng, 0, R, bz) for _ in range(m)]
        c = [num(rng, -R if rng.random() < 0.5 else -0.5, R, pz / 2) for _ in range(n)]
        if rng.random() < 0.15:  # duplicate rows
            A[-1] = list(A[0]); b[-1] = b[0]
        out.append(json.dumps({"input": json.dumps([c, A, b])}))
    print("\n".join(out))


main()
