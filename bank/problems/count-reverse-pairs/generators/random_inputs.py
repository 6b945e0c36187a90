import sys
import json
import random as _random

LO, HI = -2 ** 31, 2 ** 31 - 1


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    for _ in range(count):
        n = rng.choice([1, 1, 2, 3, 4, 5, 7, 10, 15, 25, 40])
        mode = rng.randrange(6)
        if mode == 0:
            pool = [rng.randint(-3, 3) for _ in range(3)]
            nums = [rng.choice(pool) for _ in range(n)]
        elif mode == 1:
            nums = [rng.randint(-10, 10) for _ in range(n)]
        elif mode == 2:
            v = rng.randint(-5, 5)
            nums = [v] * n
        elif mode == 3:
            pool = [LO, LO + 1, HI, HI - 1, 0, -1, 1, HI // 2, HI // 2 + 1, LO // 2, LO // 2 - 1, LO // 2 + 1]
            nums = [rng.choice(pool) for _ in range(n)]
        elif mode == 4:
            nums = [rng.randint(LO, HI) for _ in range(n)]
        else:
            # values near doubling boundaries
            base = [rng.randint(-50, 50) for _ in range(3)]
            nums = []
            for _ in range(n):
                b = rng.choice(base)
                nums.append(rng.choice([b, 2 * b, 2 * b + 1, 2 * b - 1, b // 2]))
        print(json.dumps({"input": json.dumps([nums])}))


main()
