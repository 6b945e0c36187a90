import os, sys
# this file is named random.py: keep its own folder off sys.path so that
# `import random` below loads the standard library module, not this file
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
import sys, json, random as _r

LO, HI = -2**31, 2**31 - 1

def main():
    seed, count = map(int, sys.stdin.read().split())
    R = _r.Random(seed)
    out = []
    for _ in range(count):
        n = R.choice([1, 2, 3, R.randint(1, 8), R.randint(1, 25)])
        style = R.random()
        if style < 0.4:
            a = R.randint(-5, 5)
            nums = [R.randint(a, a + R.randint(0, 6)) for _ in range(n)]
        elif style < 0.55:
            nums = [R.choice([LO, HI, 0, -1]) for _ in range(n)]
        elif style < 0.65:
            nums = [R.randint(-3, 3)] * n
        else:
            nums = [R.randint(LO, HI) for _ in range(n)]
        spread = max(nums) - min(nums)
        t = R.random()
        if t < 0.2:
            limit = 0
        elif t < 0.3:
            limit = HI
        elif t < 0.4:
            limit = min(spread, HI)
        elif t < 0.8:
            limit = R.randint(0, min(8, HI))
        else:
            limit = R.randint(0, min(max(spread, 0), HI))
        out.append(json.dumps({"input": json.dumps([nums, limit])}))
    sys.stdout.write("\n".join(out) + "\n")

main()
