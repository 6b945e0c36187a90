import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    for _ in range(count):
        alpha = rng.choice(["a", "ab", "ab", "abc", "xyz", "abcdefghijklmnopqrstuvwxyz"])
        n = rng.randint(1, 25)
        mode = rng.random()
        if mode < 0.3:
            unit = "".join(rng.choice(alpha) for _ in range(rng.randint(1, 4)))
            text = (unit * 30)[:n]
        else:
            text = "".join(rng.choice(alpha) for _ in range(n))
        pm = rng.random()
        if pm < 0.4:
            i = rng.randrange(n)
            j = rng.randint(i + 1, n)
            pat = text[i:j]
        elif pm < 0.5:
            pat = text
        elif pm < 0.6:
            pat = text + rng.choice(alpha)
        elif pm < 0.8:
            pat = "".join(rng.choice(alpha) for _ in range(rng.randint(1, 4)))
        else:
            pat = "".join(rng.choice(alpha) for _ in range(rng.randint(1, 30)))
        out.append(json.dumps({"input": json.dumps([text, pat])}))
    print("\n".join(out))


main()
