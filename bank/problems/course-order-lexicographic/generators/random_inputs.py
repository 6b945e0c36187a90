import sys, json, random as _r


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        n = rng.randint(1, 7)
        style = rng.randint(0, 4)
        rules = []
        if style == 0:
            m = rng.randint(0, 10)
            rules = [[rng.randrange(n), rng.randrange(n)] for _ in range(m)]
        else:
            # DAG under a random hidden permutation (mostly acyclic), with duplicates
            perm = list(range(n))
            rng.shuffle(perm)
            m = rng.randint(0, 12)
            for _ in range(m):
                if n >= 2:
                    i, j = sorted(rng.sample(range(n), 2))
                    rules.append([perm[i], perm[j]])
            if rules and rng.random() < 0.3:
                rules.append(list(rng.choice(rules)))  # duplicate rule
            if style == 4 and rng.random() < 0.5:
                if rng.random() < 0.5 or n == 1:
                    x = rng.randrange(n)
                    rules.append([x, x])  # self loop
                elif rules:
                    a, b = rng.choice(rules)
                    rules.append([b, a])  # 2-cycle
            rng.shuffle(rules)
        out.append(json.dumps({"input": json.dumps([n, rules])}))
    print("\n".join(out))


main()
