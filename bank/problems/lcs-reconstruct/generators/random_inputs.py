"""Small-input generator for lcs-reconstruct: reads SEED COUNT, prints COUNT JSON lines."""
import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    for _ in range(count):
        alpha = rng.choice(["a", "ab", "abc", "abcd", "xyz", "abcdefghijklmnopqrstuvwxyz"])
        mode = rng.randrange(6)
        la = rng.choice([1, 1, 2, rng.randint(1, 6), rng.randint(1, 12)])
        lb = rng.choice([1, 2, rng.randint(1, 6), rng.randint(1, 12)])
        A = "".join(rng.choice(alpha) for _ in range(la))
        if mode == 0:
            B = A  # identical
        elif mode == 1:
            B = A[::-1]
        elif mode == 2:
            B = "".join(rng.choice("qrstuvw") for _ in range(lb))  # likely disjoint alphabet
        elif mode == 3:
            c = rng.choice(alpha)
            A = c * la
            B = c * lb
        else:
            B = "".join(rng.choice(alpha) for _ in range(lb))
        if rng.random() < 0.5:
            A, B = B, A
        print(json.dumps({"input": A + "\n" + B + "\n"}))


main()
