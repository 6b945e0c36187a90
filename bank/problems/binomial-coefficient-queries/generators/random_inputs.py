import sys, json, random as _r


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    lines = []
    for _ in range(count):
        q = rng.choice([1, 1, 2, 3, 5, 10, 20])
        mode = rng.randint(0, 3)
        maxn = rng.choice([0, 1, 3, 10, 60, 300])
        qs = []
        for _ in range(q):
            n = rng.randint(0, maxn)
            r = rng.random()
            if r < 0.15:
                k = 0
            elif r < 0.3:
                k = n
            elif r < 0.45:
                k = n + rng.randint(1, 5)
            elif r < 0.5:
                k = rng.choice([0, 10 ** 6])
            else:
                k = rng.randint(0, maxn + 2)
            if mode == 0 and qs:
                n, k = qs[-1]
            qs.append((n, k))
        text = "%d\n" % q + "".join("%d %d\n" % p for p in qs)
        lines.append(json.dumps({"input": text}))
    print("\n".join(lines))


main()
