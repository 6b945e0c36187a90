import sys, json, random as _r


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, 10)
        W = rng.choice([1, 1, 2, 3, 5, 8, 10, 15, 20, rng.randint(1, 50), 50000])
        maxw = rng.choice([1, 2, W, W + 2, 2 * W + 1])
        vmode = rng.randint(0, 3)
        same_w = rng.random() < 0.15
        same_v = rng.random() < 0.15
        w0 = rng.randint(1, maxw)
        v0 = rng.randint(1, 10)
        lines = ["%d %d" % (n, W)]
        for _ in range(n):
            r = rng.random()
            if same_w:
                w = w0
            elif r < 0.08:
                w = 10 ** 9
            elif r < 0.15:
                w = W
            else:
                w = rng.randint(1, maxw)
            if same_v:
                v = v0
            elif vmode == 0:
                v = rng.randint(1, 3)
            elif vmode == 1:
                v = rng.randint(10 ** 9 - 2, 10 ** 9)
            else:
                v = rng.randint(1, 100)
            lines.append("%d %d" % (w, v))
        out.append(json.dumps({"input": "\n".join(lines) + "\n"}))
    print("\n".join(out))


main()
