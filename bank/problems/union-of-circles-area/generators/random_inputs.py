"""Small adversarial input generator: reads SEED COUNT, prints COUNT JSON lines."""
import sys
import json
import random


def gen(rng):
    mode = rng.randrange(6)
    n = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 8])
    cs = []
    if mode == 0:  # tiny grid, many ties/containment/tangency
        for _ in range(n):
            cs.append((rng.randint(-3, 3), rng.randint(-3, 3), rng.randint(1, 4)))
    elif mode == 1:  # duplicates heavy
        base = [(rng.randint(-2, 2), rng.randint(-2, 2), rng.randint(1, 3)) for _ in range(rng.randint(1, 2))]
        for _ in range(n):
            cs.append(rng.choice(base))
    elif mode == 2:  # concentric / same centre
        cx, cy = rng.randint(-5, 5), rng.randint(-5, 5)
        for _ in range(n):
            cs.append((cx + rng.choice([0, 0, 1]), cy, rng.randint(1, 5)))
    elif mode == 3:  # tangency: pythagorean-ish distances
        x, y, r = 0, 0, rng.randint(1, 5)
        cs.append((x, y, r))
        for _ in range(n - 1):
            r2 = rng.randint(1, 5)
            dx, dy = rng.choice([(1, 0), (0, 1), (-1, 0), (0, -1), (3, 4), (4, 3), (-3, 4)])
            k = r + r2 if rng.random() < 0.5 else abs(r - r2)
            if dx * dx + dy * dy == 25:
                if k % 5:
                    k = 5
                k //= 5
            cs.append((x + dx * k, y + dy * k, r2))
    elif mode == 4:  # boundary values
        for _ in range(n):
            cs.append((rng.choice([-1000, 1000, 0, rng.randint(-1000, 1000)]),
                       rng.choice([-1000, 1000, 0, rng.randint(-1000, 1000)]),
                       rng.choice([1, 1000, rng.randint(1, 1000)])))
    else:  # medium random
        for _ in range(n):
            cs.append((rng.randint(-20, 20), rng.randint(-20, 20), rng.randint(1, 15)))
    return "%d\n" % len(cs) + "".join("%d %d %d\n" % c for c in cs)


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = random.Random(seed)
    for _ in range(count):
        print(json.dumps({"input": gen(rng)}))


main()
