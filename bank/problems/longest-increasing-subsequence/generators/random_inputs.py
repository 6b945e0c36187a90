import sys, json, random as _r


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, 12)
        mode = rng.randint(0, 6)
        if mode == 0:
            nums = [rng.randint(-2, 2) for _ in range(n)]
        elif mode == 1:
            nums = [rng.choice([-10 ** 9, 10 ** 9, 0])] * n
        elif mode == 2:
            nums = sorted(rng.randint(-5, 5) for _ in range(n))
        elif mode == 3:
            nums = sorted((rng.randint(-5, 5) for _ in range(n)), reverse=True)
        elif mode == 4:
            nums = [rng.choice([-10 ** 9, 10 ** 9, -10 ** 9 + 1, 10 ** 9 - 1]) for _ in range(n)]
        else:
            nums = [rng.randint(-20, 20) for _ in range(n)]
        out.append(json.dumps({"input": json.dumps([nums])}))
    print("\n".join(out))


main()
