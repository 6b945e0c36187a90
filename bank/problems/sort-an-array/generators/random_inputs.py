"""Small-input generator for sort-an-array: reads SEED COUNT, prints COUNT JSON lines."""
import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    LO, HI = -10**9, 10**9
    for k in range(count):
        mode = rng.randrange(8)
        n = rng.choice([1, 1, 2, 3, rng.randint(1, 9), rng.randint(1, 40)])
        if mode == 0:
            arr = [rng.randint(-2, 2) for _ in range(n)]
        elif mode == 1:
            v = rng.choice([LO, HI, 0, rng.randint(LO, HI)])
            arr = [v] * n
        elif mode == 2:
            arr = sorted(rng.randint(-5, 5) for _ in range(n))
        elif mode == 3:
            arr = sorted((rng.randint(LO, HI) for _ in range(n)), reverse=True)
        elif mode == 4:
            arr = [rng.choice([LO, HI, LO + 1, HI - 1, 0, -1, 1]) for _ in range(n)]
        elif mode == 5:
            arr = [rng.randint(LO, HI) for _ in range(n)]
        elif mode == 6:
            arr = list(range(n, 0, -1))
        else:
            arr = [rng.randint(-n, n) for _ in range(n)]
        print(json.dumps({"input": json.dumps([arr])}))


main()
