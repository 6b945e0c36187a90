import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        k = rng.randint(0, 30)
        hi = rng.choice([0, 1, 3, 10, 10**9])
        pw = rng.random()
        ops = ["MaxQueue"]
        args = [[]]
        for _ in range(k):
            t = rng.random()
            if t < pw:
                ops.append("pushBack")
                v = rng.choice([rng.randint(0, hi), 0, hi])
                args.append([v])
            elif t < pw + (1 - pw) / 2:
                ops.append("popFront"); args.append([])
            else:
                ops.append("getMax"); args.append([])
        out.append(json.dumps({"input": json.dumps([ops, args])}))
    print("\n".join(out))


main()
