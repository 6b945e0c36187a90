import sys, json, random as _r


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        R = rng.randint(1, 5)
        C = rng.randint(1, 5)
        pw = rng.choice([0.0, 0.2, 0.4, 0.7, 0.9])
        g = [['#' if rng.random() < pw else '.' for _ in range(C)] for _ in range(R)]
        g[rng.randrange(R)][rng.randrange(C)] = 'S'
        grid = ["".join(row) for row in g]
        L = rng.randint(1, 8)
        alpha = rng.choice(["UDLR", "UD", "LR", "R", "UL"])
        ins = "".join(rng.choice(alpha) for _ in range(L))
        rm = rng.random()
        if rm < 0.1:
            rep = 0
        elif rm < 0.2:
            rep = 1
        elif rm < 0.6:
            rep = rng.randint(0, 60)
        elif rm < 0.8:
            rep = 10 ** 18 - rng.randint(0, 3)
        else:
            rep = rng.randint(0, 10 ** 18)
        out.append(json.dumps({"input": json.dumps([grid, ins, rep])}))
    print("\n".join(out))


main()
