import sys
import json
import random as _random


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    for _ in range(count):
        n = rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 10, 12])
        k = rng.choice([1, 1, 2, 2, 3, 4, 5, n, n + 1])
        tmax = rng.choice([0, 1, 3, 10, 20])
        dmax = rng.choice([0, 1, 2, 5, 10])
        ts = sorted(rng.randint(0, tmax) for _ in range(n))
        lines = ["%d %d" % (n, k)]
        for t in ts:
            lines.append("%d %d" % (t, rng.randint(0, dmax)))
        print(json.dumps({"input": "\n".join(lines) + "\n"}))


main()
