import sys
import json
import random as _random

LO, HI = -2 ** 31, 2 ** 31 - 1


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    for _ in range(count):
        nops = rng.choice([0, 1, 2, 3, 5, 10, 20, 40, 80])
        vr = rng.choice([0, 1, 2, 3, 5, 100])
        ext = rng.random() < 0.2
        def val():
            if ext:
                return rng.choice([LO, HI, 0, -1, 1, LO + 1, HI - 1])
            return rng.randint(-vr, vr)
        names = ["MedianTracker"]
        args = [[]]
        live = []
        for _ in range(nops):
            r = rng.random()
            if r < 0.4:
                v = val(); live.append(v)
                names.append("add"); args.append([v])
            elif r < 0.7:
                if live and rng.random() < 0.7:
                    v = rng.choice(live)
                else:
                    v = val()
                if v in live:
                    live.remove(v)
                names.append("remove"); args.append([v])
            else:
                if live:
                    names.append("median"); args.append([])
                else:
                    v = val(); live.append(v)
                    names.append("add"); args.append([v])
        print(json.dumps({"input": json.dumps([names, args])}))


main()
