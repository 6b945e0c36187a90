import os, sys
# this file is named random.py: keep its own folder off sys.path so that
# `import random` below loads the standard library module, not this file
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
import sys, json, random as _r

def main():
    seed, count = map(int, sys.stdin.read().split())
    R = _r.Random(seed)
    out = []
    for _ in range(count):
        mode = R.random()
        n = R.randint(1, R.choice([1, 2, 3, 5, 7]))
        target = R.choice([0, R.randint(0, 5), R.randint(0, 15), R.randint(0, 30)])
        vmax = R.choice([1, 2, 3, 5, 10, 40])
        values = [R.randint(1, vmax) for _ in range(n)]
        if mode < 0.2:
            values = [R.randint(1, 3)] * n  # all equal values
        counts = []
        for _ in range(n):
            t = R.random()
            if t < 0.15:
                counts.append(0)
            elif t < 0.3:
                counts.append(10**9)
            elif t < 0.4:
                counts.append(R.randint(0, 10**9))
            else:
                counts.append(R.randint(0, 6))
        # keep the brute force cheap: few kinds with large usable counts
        if n >= 6:
            target = min(target, 15)
        if R.random() < 0.05:
            values = [R.randint(1, 10**5) for _ in range(n)]
        out.append(json.dumps({"input": json.dumps([values, counts, target])}))
    sys.stdout.write("\n".join(out) + "\n")

main()
