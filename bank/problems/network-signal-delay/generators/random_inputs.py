import sys, json, random as _r


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, 8)
        m = rng.choice([0, rng.randint(0, 5), rng.randint(0, 20)])
        wmode = rng.randint(0, 3)
        edges = []
        for _ in range(m):
            u = rng.randrange(n)
            v = u if rng.random() < 0.1 else rng.randrange(n)
            if wmode == 0:
                w = rng.randint(0, 2)
            elif wmode == 1:
                w = rng.choice([0, 10 ** 9, 10 ** 9 - 1])
            else:
                w = rng.randint(0, 20)
            edges.append([u, v, w])
            if rng.random() < 0.15:
                edges.append([u, v, rng.randint(0, 20) if wmode > 1 else w])  # parallel link
        source = rng.randrange(n)
        out.append(json.dumps({"input": json.dumps([n, edges, source])}))
    print("\n".join(out))


main()
