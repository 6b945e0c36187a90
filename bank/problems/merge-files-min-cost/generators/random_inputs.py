import sys, json, random as _r


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, 7)
        mode = rng.randint(0, 4)
        if mode == 0:
            sizes = [rng.randint(1, 3) for _ in range(n)]
        elif mode == 1:
            sizes = [rng.choice([1, 10 ** 9])] * n
        elif mode == 2:
            sizes = [rng.choice([1, 10 ** 9, 10 ** 9 - 1, 2]) for _ in range(n)]
        else:
            sizes = [rng.randint(1, 30) for _ in range(n)]
        out.append(json.dumps({"input": json.dumps([sizes])}))
    print("\n".join(out))


main()
