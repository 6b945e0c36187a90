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
        n = R.choice([1, 2, 3, R.randint(1, 6), R.randint(1, 12)])
        wmax = R.choice([1, 3, 10, 10**12])
        vmax = R.choice([0, 1, 5, 10**9])
        ws = [R.randint(1, wmax) for _ in range(n)]
        vs = [R.randint(0, vmax) for _ in range(n)]
        if R.random() < 0.15:
            ws = [ws[0]] * n
        if R.random() < 0.15:
            vs = [vs[0]] * n
        if R.random() < 0.1:
            ws = [10**12] * n
        tot = sum(ws)
        t = R.random()
        if t < 0.1:
            cap = 0
        elif t < 0.2:
            cap = 10**13
        elif t < 0.3:
            cap = min(tot, 10**13)
        elif t < 0.4:
            cap = R.choice(ws)
        else:
            cap = R.randint(0, min(10**13, tot))
        out.append(json.dumps({"input": json.dumps([ws, vs, cap])}))
    sys.stdout.write("\n".join(out) + "\n")

main()
