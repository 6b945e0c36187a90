import sys
import json
import random as _random


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    for _ in range(count):
        shape = rng.randrange(4)
        if shape == 0:
            m, n = 1, rng.randint(1, 8)
        elif shape == 1:
            m, n = rng.randint(1, 8), 1
        else:
            m, n = rng.randint(1, 6), rng.randint(1, 6)
        cells = m * n
        k = rng.choice([1, 2, 3, cells, cells + 2, 2 * cells, rng.randint(1, 30)])
        k = max(1, k)
        mode = rng.randrange(3)
        pos = []
        if mode == 0:
            pos = [[rng.randrange(m), rng.randrange(n)] for _ in range(k)]
        elif mode == 1:
            # a permutation of all cells (fills the map), plus a few repeats
            allc = [[r, c] for r in range(m) for c in range(n)]
            rng.shuffle(allc)
            pos = allc[:k] + [rng.choice(allc) for _ in range(max(0, k - len(allc)))]
        else:
            # checkerboard first, then fill the rest (many merges)
            a = [[r, c] for r in range(m) for c in range(n) if (r + c) % 2 == 0]
            b = [[r, c] for r in range(m) for c in range(n) if (r + c) % 2 == 1]
            rng.shuffle(a); rng.shuffle(b)
            pos = (a + b)[:k]
            while len(pos) < k:
                pos.append([rng.randrange(m), rng.randrange(n)])
        print(json.dumps({"input": json.dumps([m, n, pos])}))


main()
