import os, sys
# this file is named random.py: keep its own folder off sys.path so that
# `import random` below loads the standard library module, not this file
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
import sys, json, random as _r

def main():
    seed, count = map(int, sys.stdin.read().split())
    R = _r.Random(seed)
    B = 10**9
    out = []
    for _ in range(count):
        n = R.choice([1, 2, 3, R.randint(1, 6), R.randint(1, 15), R.randint(10, 30)])
        style = R.random()
        if style < 0.4:
            c = R.randint(0, 4)
            pts = [[R.randint(-c, c), R.randint(-c, c)] for _ in range(n)]
        elif style < 0.55:
            pts = [[R.choice([-B, B, 0]), R.choice([-B, B, 0])] for _ in range(n)]
        elif style < 0.65:
            p = [R.randint(-B, B), R.randint(-B, B)]
            pts = [p[:] for _ in range(n)]  # all coincide
        elif style < 0.75:
            y = R.randint(-5, 5)
            pts = [[R.randint(-10, 10), y] for _ in range(n)]  # collinear
        else:
            pts = [[R.randint(-B, B), R.randint(-B, B)] for _ in range(n)]
        out.append(json.dumps({"input": json.dumps([pts])}))
    sys.stdout.write("\n".join(out) + "\n")

main()
