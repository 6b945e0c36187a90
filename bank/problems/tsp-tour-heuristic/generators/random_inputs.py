import sys
import json
import random as _random

M = 10 ** 6


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    for _ in range(count):
        n = rng.choice([1, 2, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8])
        mode = rng.randrange(7)
        if mode == 0:
            pts = [[rng.randint(0, 10), rng.randint(0, 10)] for _ in range(n)]
        elif mode == 1:
            pts = [[rng.randint(0, M), rng.randint(0, M)] for _ in range(n)]
        elif mode == 2:
            p = [rng.randint(0, M), rng.randint(0, M)]
            pts = [list(p) for _ in range(n)]             # all cities coincide
        elif mode == 3:
            pool = [[rng.randint(0, 3), rng.randint(0, 3)] for _ in range(2)]
            pts = [list(rng.choice(pool)) for _ in range(n)]  # heavy duplicates
        elif mode == 4:
            y = rng.randint(0, M)
            pts = [[rng.randint(0, 20), y] for _ in range(n)]  # collinear
        elif mode == 5:
            pts = [[rng.choice([0, M]), rng.choice([0, M])] for _ in range(n)]  # corners
        else:
            pts = [[rng.randint(0, 2), rng.randint(0, 2)] for _ in range(n)]
        print(json.dumps({"input": json.dumps([pts])}))


main()
