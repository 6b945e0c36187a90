import os, sys
# this file is named random.py: keep its own folder off sys.path so that
# `import random` below loads the standard library module, not this file
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
import sys, json, random as _r

B = 10**5

def main():
    seed, count = map(int, sys.stdin.read().split())
    R = _r.Random(seed)
    out = []
    for _ in range(count):
        ops = R.choice([1, 2, R.randint(1, 10), R.randint(1, 40)])
        style = R.random()
        if style < 0.5:
            pool = list(range(-3, 4))
        elif style < 0.7:
            pool = [-B, B, 0, -B + 1, B - 1, 1, -1]
        else:
            pool = None
        names = ["TwoSum"]
        args = [[]]
        added = []
        for _ in range(ops):
            if R.random() < 0.5:
                x = R.choice(pool) if pool else R.randint(-B, B)
                names.append("add"); args.append([x]); added.append(x)
            else:
                t = R.random()
                if t < 0.4 and len(added) >= 1:
                    v = R.choice(added) + R.choice(added)  # often hits (also x + x)
                elif t < 0.5:
                    v = R.choice([-2**31, 2**31 - 1, 2 * B, -2 * B, 2 * B + 1])
                elif pool:
                    v = R.randint(-7, 7) if style < 0.5 else R.choice(pool) + R.choice(pool)
                else:
                    v = R.randint(-2 * B, 2 * B)
                names.append("find"); args.append([v])
        out.append(json.dumps({"input": json.dumps([names, args])}))
    sys.stdout.write("\n".join(out) + "\n")

main()
