"""Small-input generator for prefix-counter-trie: reads SEED COUNT, prints COUNT JSON lines (LeetCode design form)."""
import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    for _ in range(count):
        alpha = rng.choice(["a", "ab", "abc", "xyz", "abcdefghijklmnopqrstuvwxyz"])
        maxlen = rng.choice([1, 2, 3, 4, 20])
        pool = []
        for _ in range(rng.randint(1, 6)):
            L = rng.randint(1, maxlen)
            pool.append("".join(rng.choice(alpha) for _ in range(L)))
        if rng.random() < 0.3:
            pool.append("z" * 20)
        if rng.random() < 0.3:
            pool.append("a" * 20)

        def word():
            if rng.random() < 0.75:
                w = rng.choice(pool)
                r = rng.random()
                if r < 0.3:
                    w = w[:rng.randint(1, len(w))]
                elif r < 0.4 and len(w) < 20:
                    w = w + rng.choice(alpha)
                return w
            L = rng.randint(1, maxlen)
            return "".join(rng.choice(alpha) for _ in range(L))

        q = rng.choice([0, 1, 2, rng.randint(0, 10), rng.randint(0, 40)])
        ops = ["PrefixCounter"]
        args = [[]]
        for _ in range(q):
            op = rng.choice(["insert", "insert", "countEqual", "countPrefix", "erase", "erase"])
            ops.append(op)
            args.append([word()])
        print(json.dumps({"input": json.dumps([ops, args])}))


main()
