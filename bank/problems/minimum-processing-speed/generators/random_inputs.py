import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.choice([1, 1, 2, 3, 4, 5, 6, 8])
        hi = rng.choice([1, 2, 5, 20, 60])
        mode = rng.random()
        if mode < 0.15:
            v = rng.randint(1, hi)
            jobs = [v] * n
        else:
            jobs = [rng.choice([1, hi, rng.randint(1, hi)]) for _ in range(n)]
        total = sum(jobs)
        hmode = rng.random()
        if hmode < 0.25:
            hours = n
        elif hmode < 0.4:
            hours = total
        elif hmode < 0.5:
            hours = total + rng.randint(0, 5)
        else:
            hours = rng.randint(n, total + 3)
        out.append(json.dumps({"input": json.dumps([jobs, hours])}))
    print("\n".join(out))


main()
