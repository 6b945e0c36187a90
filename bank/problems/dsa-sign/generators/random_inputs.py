import os
import sys

# this file is named random.py: keep its own folder off the import path so that the
# standard library's random module is imported, not this file
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != _here]
_m = sys.modules.get("random")
if _m is not None and os.path.dirname(os.path.abspath(getattr(_m, "__file__", "") or "")) == _here:
    del sys.modules["random"]
import json
import random as _random

SMALL_PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41]


def is_prime(n):
    if n < 2:
        return False
    for sp in SMALL_PRIMES:
        if n % sp == 0:
            return n == sp
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in SMALL_PRIMES:  # deterministic for n < 3.3e24
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def rand_prime(rng, lo, hi):
    while True:
        c = rng.randint(lo, hi) | 1
        if lo <= c <= hi and is_prime(c):
            return c


def prev_prime(n, lo):
    c = n if n % 2 else n - 1
    while c >= lo:
        if is_prime(c):
            return c
        c -= 2
    return None


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _random.Random(seed)
    out = []
    for _ in range(count):
        # q in [2^40, 2^46)
        qm = rng.randrange(5)
        if qm == 0:
            q = rand_prime(rng, 1 << 40, (1 << 40) + 10000)         # smallest allowed region
        elif qm == 1:
            q = prev_prime((1 << 46) - 1, 1 << 45)                   # largest allowed q
        else:
            q = rand_prime(rng, 1 << 40, (1 << 46) - 1)
        # p = m*q + 1 prime, q < p < 2^62
        mmax = ((1 << 62) - 2) // q
        pm = rng.randrange(4)
        tries = 0
        while True:
            tries += 1
            if tries > 200:
                pm = 2
            if pm == 0:
                m = rng.randrange(2, min(mmax, 200) + 1, 2)         # p just above q
            elif pm == 1:
                m = rng.randrange(max(2, mmax - 20000), mmax + 1)   # p near 2^62
            else:
                m = rng.randrange(2, mmax + 1)
            m -= m % 2
            if m < 2:
                continue
            p = m * q + 1
            if q < p < (1 << 62) and is_prime(p):
                break
        while True:
            a = rng.randrange(2, p - 1)
            g = pow(a, (p - 1) // q, p)
            if g != 1:
                break
        xm = rng.randrange(4)
        x = 1 if xm == 0 else (q - 1 if xm == 1 else rng.randint(1, q - 1))
        L = rng.choice([1, 1, 2, 3, rng.randint(1, 8), rng.randint(1, 20)])
        pool = [0, q - 1, 1, 42, rng.randrange(q), rng.randrange(q)]
        hm = rng.randrange(3)
        if hm == 0:
            hashes = [rng.choice(pool) for _ in range(L)]
        elif hm == 1:
            hashes = [rng.choice(pool[:2])] * L
        else:
            hashes = [rng.randrange(q) for _ in range(L)]
        out.append(json.dumps({"input": json.dumps([p, q, g, x, hashes])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
