"""Small-input generator for mst-with-required-edge: reads SEED COUNT, prints COUNT JSON lines (connected multigraphs, no self-loops)."""
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
        n = rng.randint(2, 7)
        m = rng.randint(n - 1, min(10, n - 1 + rng.randint(0, 5)))
        wmode = rng.random()

        def wt():
            if wmode < 0.35:
                return rng.randint(1, 3)
            if wmode < 0.5:
                return 1
            if wmode < 0.75:
                return rng.randint(1, 20)
            return rng.choice([1, 10 ** 9, rng.randint(1, 10 ** 9)])

        edges = []
        perm = list(range(n))
        rng.shuffle(perm)
        for i in range(1, n):
            j = rng.randint(0, i - 1) if rng.random() < 0.7 else i - 1
            a, b = perm[i], perm[j]
            if rng.random() < 0.5:
                a, b = b, a
            edges.append([a, b, wt()])
        while len(edges) < m:
            if edges and rng.random() < 0.3:
                a, b, _ = rng.choice(edges)  # parallel edge
                if rng.random() < 0.5:
                    a, b = b, a
            else:
                a, b = rng.sample(range(n), 2)
            edges.append([a, b, wt()])
        rng.shuffle(edges)
        out.append(json.dumps({"input": json.dumps([n, edges])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
