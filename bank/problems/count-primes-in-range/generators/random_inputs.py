"""Small-input generator for count-primes-in-range: reads SEED COUNT, prints COUNT JSON lines."""
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
        if t < 0.25:
            lo = rng.randint(1, 12)
            hi = rng.randint(lo, 15)
        elif t < 0.55:
            lo = rng.randint(1, 300)
            hi = lo + rng.randint(0, 200)
        elif t < 0.8:
            lo = rng.randint(1, 10 ** 6)
            hi = lo + rng.randint(0, 60)
        elif t < 0.93:
            lo = rng.randint(1, 10 ** 9)
            hi = lo + rng.randint(0, 8)
        else:
            # near the top of the range, width tiny
            hi = 10 ** 12 - rng.randint(0, 60)
            lo = hi - rng.randint(0, 3)
        # squares of primes and prime boundaries
        if rng.random() < 0.08:
            p = rng.choice([2, 3, 5, 7, 11, 13, 997, 1009, 999983])
            lo = max(1, p * p - rng.randint(0, 2))
            hi = lo + rng.randint(0, 4)
        out.append(json.dumps({"input": json.dumps([lo, hi])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
