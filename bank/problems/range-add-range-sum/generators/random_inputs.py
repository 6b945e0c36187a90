"""Small-input generator for range-add-range-sum: reads SEED COUNT, prints COUNT JSON lines."""
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
        n = rng.choice([1, 1, 2, 3, rng.randint(1, 10), rng.randint(1, 30)])
        q = rng.choice([1, 2, rng.randint(1, 10), rng.randint(1, 40)])
        mode = rng.random()

        def val():
            if mode < 0.3:
                return rng.randint(-3, 3)
            if mode < 0.45:
                return 0
            if mode < 0.7:
                return rng.choice([-10 ** 9, 10 ** 9])
            return rng.randint(-10 ** 9, 10 ** 9)

        a = [val() for _ in range(n)]
        lines = ["%d %d" % (n, q), " ".join(map(str, a))]
        for _ in range(q):
            if rng.random() < 0.3:
                l, r = 1, n
            else:
                l = rng.randint(1, n)
                r = rng.randint(l, n)
            if rng.random() < 0.5:
                lines.append("1 %d %d %d" % (l, r, val()))
            else:
                lines.append("2 %d %d" % (l, r))
        out.append(json.dumps({"input": "\n".join(lines) + "\n"}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
