"""Small-input generator for linear-diophantine-smallest-x: reads SEED COUNT, prints COUNT JSON lines."""
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
        t = rng.random()
        if t < 0.3:
            a = rng.randint(1, 12)
            b = rng.randint(1, 12)
            c = rng.randint(0, 30)
        elif t < 0.55:
            g = rng.randint(1, 20)
            a = g * rng.randint(1, 30)
            b = g * rng.randint(1, 30)
            c = rng.choice([0, g * rng.randint(0, 100), rng.randint(0, 3000)])
        elif t < 0.7:
            # large a, small/medium b
            a = rng.choice([10 ** 12, rng.randint(1, 10 ** 12)])
            b = rng.randint(1, 2000)
            c = rng.choice([0, 10 ** 18, rng.randint(0, 10 ** 18)])
        elif t < 0.8:
            a = rng.randint(1, 50)
            b = a * rng.randint(1, 5)
            c = rng.randint(0, 500)
        elif t < 0.9:
            b = rng.randint(1, 5000)
            a = rng.randint(1, 10 ** 12)
            g = rng.randint(1, 50)
            a *= g
            b *= g
            a = min(a, 10 ** 12)
            c = g * rng.randint(0, 10 ** 18 // g)
        else:
            a = rng.randint(1, 3)
            b = rng.randint(1, 3)
            c = rng.choice([0, 1, 2, 10 ** 18, 10 ** 18 - 1])
        out.append(json.dumps({"input": json.dumps([a, b, c])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
