import sys
import json
import random as _random
import string


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    for _ in range(count):
        alpha = rng.choice([1, 2, 2, 3, 4, 26])
        letters = rng.sample(string.ascii_lowercase, alpha)
        a = rng.choice([1, 1, 2, 3, 5, 8, 12, 20, 30])
        b = rng.choice([1, 1, 2, 3, 5, 8, 12, 20, 30])
        s = "".join(rng.choice(letters) for _ in range(a))
        mode = rng.randrange(5)
        if mode == 0:
            t = s
        elif mode == 1:
            t = s[::-1]
        elif mode == 2 and a > 1:
            # a subsequence of s
            t = "".join(ch for ch in s if rng.random() < 0.6) or s[0]
        else:
            t = "".join(rng.choice(letters) for _ in range(b))
        if rng.random() < 0.5:
            s, t = t, s
        print(json.dumps({"input": json.dumps([s, t])}))


main()
