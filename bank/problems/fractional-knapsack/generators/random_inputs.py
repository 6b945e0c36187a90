"""Small-input generator for fractional-knapsack: reads SEED COUNT, prints COUNT JSON lines."""
import json
import os
import sys

# this file is itself named random.py: drop its own folder from the path so that
# the standard library's random module is imported, not this script
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [q for q in sys.path if os.path.abspath(q or os.curdir) != _here]
import random as _random  # noqa: E402


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    out = []
    for _ in range(count):
        n = rng.choice([0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9])
        mode = rng.random()
        if mode < 0.4:
            ws = [rng.randint(1, 6) for _ in range(n)]
            vs = [rng.randint(0, 12) for _ in range(n)]
        elif mode < 0.6:
            # many equal densities
            ws = [rng.randint(1, 5) for _ in range(n)]
            d = rng.randint(0, 3)
            vs = [w * rng.choice([d, d, d + 1]) for w in ws]
        elif mode < 0.75:
            w0 = rng.randint(1, 4)
            v0 = rng.randint(0, 9)
            ws = [w0] * n
            vs = [v0] * n
        else:
            ws = [rng.choice([1, 10 ** 9, rng.randint(1, 10 ** 9)]) for _ in range(n)]
            vs = [rng.choice([0, 10 ** 9, rng.randint(0, 10 ** 9)]) for _ in range(n)]
        tot = sum(ws)
        r = rng.random()
        if r < 0.1:
            cap = 0
        elif r < 0.2:
            cap = tot
        elif r < 0.3:
            cap = rng.choice([tot + rng.randint(0, 5), 10 ** 14])
        else:
            cap = rng.randint(0, max(0, tot))
        out.append(json.dumps({"input": json.dumps([ws, vs, cap])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
