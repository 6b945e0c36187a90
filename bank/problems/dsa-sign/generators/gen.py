"""Hidden tests for dsa-sign: DSA-style groups with q in [2^40, 2^46), p = c*q + 1 < 2^62."""
import json
import random

rng = random.Random(186)


def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def group(qbits_lo, qbits_hi, pmax=2**62):
    while True:
        q = rng.randrange(2**qbits_lo, 2**qbits_hi) | 1
        if not is_prime(q):
            continue
        for _ in range(200):
            c = rng.randrange(2, pmax // q, 2)
            p = c * q + 1
            if p < pmax and is_prime(p):
                while True:
                    g = pow(rng.randrange(2, p - 1), c, p)
                    if g != 1:
                        return p, q, g


def emit(name, p, q, g, x, hashes):
    assert is_prime(p) and is_prime(q) and (p - 1) % q == 0 and g != 1 and pow(g, q, p) == 1
    assert 1 <= x < q and all(0 <= h < q for h in hashes)
    print(json.dumps({"name": name, "input": json.dumps([p, q, g, x, hashes])}))


p, q, g = group(40, 41)
x = rng.randrange(1, q)
emit("01-single-zero-hash", p, q, g, x, [0])
# with the nonce k = 1, r = g mod q and this hash makes s = 0: a fixed nonce cannot sign it
emit("02-fixed-nonce-trap", p, q, g, x, [(-x * (g % q)) % q, 1, q - 1])
emit("03-key-one", p, q, g, 1, [5, 7, q - 1])
emit("04-key-max", p, q, g, q - 1, [rng.randrange(q) for _ in range(10)])
emit("05-duplicate-hashes", p, q, g, x, [12345] * 5 + [rng.randrange(q) for _ in range(5)] + [12345])
p, q, g = group(45, 46)
emit("06-large-q", p, q, g, rng.randrange(1, q), [rng.randrange(q) for _ in range(100)])
for t in range(3):
    p, q, g = group(40, 46)
    emit(f"{7 + t:02d}-max-random-{t}", p, q, g, rng.randrange(1, q), [rng.randrange(q) for _ in range(5000)])
