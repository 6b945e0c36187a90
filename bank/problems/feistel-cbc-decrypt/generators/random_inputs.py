import json
import random as _r
import sys


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    def v32():
        return rng.choice([0, 0xFFFFFFFF, 0xFFFF0000, 0x0000FFFF, 1, 65536, rng.randrange(1 << 32), rng.randrange(1 << 32)])
    def v16():
        return rng.choice([0, 0xFFFF, 1, 7, rng.randrange(1 << 16), rng.randrange(1 << 16)])
    for _ in range(count):
        r = rng.choice([1, 1, 2, 3, 4, 16]) if rng.random() < 0.1 else rng.choice([1, 2, 3])
        n = rng.choice([1, 1, 2, 3])
        iv = v32()
        ks = [v16() for _ in range(r)]
        if rng.random() < 0.2:
            k0 = v16(); ks = [k0] * r
        cs = [v32() for _ in range(n)]
        if rng.random() < 0.2:
            cs = [cs[0]] * n
        txt = f"{r} {n} {iv}\n{' '.join(map(str, ks))}\n{' '.join(map(str, cs))}\n"
        out.append(json.dumps({"input": txt}))
    print("\n".join(out))


main()
