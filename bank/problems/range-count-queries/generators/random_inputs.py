import sys
import json
import random as _random

B = 10 ** 9


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    for _ in range(count):
        n = rng.choice([1, 1, 2, 3, 5, 8, 15, 30])
        q = rng.choice([1, 1, 2, 4, 8, 15])
        mode = rng.randrange(4)
        if mode == 0:
            vals = [rng.randint(-3, 3) for _ in range(n)]
            qv = lambda: rng.randint(-5, 5)
        elif mode == 1:
            v = rng.randint(-2, 2)
            vals = [v] * n
            qv = lambda: rng.randint(-3, 3)
        elif mode == 2:
            pool = [-B, B, 0, -B + 1, B - 1, 1, -1]
            vals = [rng.choice(pool) for _ in range(n)]
            qv = lambda: rng.choice(pool)
        else:
            vals = [rng.randint(-B, B) for _ in range(n)]
            qv = lambda: rng.choice([rng.randint(-B, B), rng.choice(vals), -B, B])
        lines = ["%d %d" % (n, q), " ".join(map(str, vals))]
        for _ in range(q):
            x, y = qv(), qv()
            if x > y:
                x, y = y, x
            lines.append("%d %d" % (x, y))
        print(json.dumps({"input": "\n".join(lines) + "\n"}))


main()
