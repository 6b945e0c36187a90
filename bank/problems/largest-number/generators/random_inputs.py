import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    special = [0, 0, 1, 9, 10, 100, 1000000000, 999999999, 3, 30, 34, 303, 330, 33, 343, 3434, 34343, 12, 121, 1212, 12121, 9, 99, 98, 989, 90, 909, 5, 50, 505, 55]
    for _ in range(count):
        n = rng.randint(1, 7)
        mode = rng.random()
        if mode < 0.1:
            nums = [0] * n
        elif mode < 0.5:
            nums = [rng.choice(special) for _ in range(n)]
        elif mode < 0.7:
            base = str(rng.randint(1, 99))
            nums = [int((base * rng.randint(1, 4))[:rng.randint(1, 9)]) for _ in range(n)]
        elif mode < 0.85:
            nums = [rng.randint(0, 20) for _ in range(n)]
        else:
            nums = [rng.choice([rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 10**9)]) for _ in range(n)]
        out.append(json.dumps({"input": json.dumps([nums])}))
    print("\n".join(out))


main()
