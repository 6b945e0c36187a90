import os
import sys

# This file is itself named random.py: drop its own folder from sys.path so that
# "import random" below loads the standard library module, not this file.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
import json
import random as _r


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        d = rng.choice([1, 1, 2, rng.randint(1, 4)])
        h = rng.choice([1, 1, 2, rng.randint(1, 5)])
        B = rng.choice([1, 1, 2, rng.randint(1, 6)])
        scale = rng.choice([0.0, 0.5, 1.0, 3.0, 10.0, 100.0])
        style = rng.randrange(4)

        def val(s=scale):
            if style == 0:
                return round(rng.uniform(-s, s), 3)
            if style == 1:
                return rng.choice([0.0, s, -s, 1.0, -1.0])
            if style == 2:
                return float(rng.randint(-int(s), int(s)))
            return rng.uniform(-s, s)

        W1 = [[val() for _ in range(d)] for _ in range(h)]
        b1 = [val() for _ in range(h)]
        W2 = [val() for _ in range(h)]
        b2 = val()
        if rng.random() < 0.15:
            # force a heavily saturated output unit: |z2| in the hundreds
            W2 = [rng.choice([100.0, -100.0]) for _ in range(h)]
            b2 = rng.choice([100.0, -100.0])
        X = [[val(rng.choice([scale, 1.0, 100.0])) for _ in range(d)] for _ in range(B)]
        ymode = rng.randrange(3)
        y = [ymode - 1 if ymode else rng.randint(0, 1) for _ in range(B)]
        y = [rng.randint(0, 1) if v < 0 else v for v in y]
        lr = rng.choice([0.0, 0.01, 0.1, 1.0, 10.0, round(rng.uniform(0, 10), 4)])
        out.append(json.dumps({"input": json.dumps([W1, b1, W2, b2, X, y, lr])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
