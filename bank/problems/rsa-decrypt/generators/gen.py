"""Hidden tests for rsa-decrypt: plaintexts are chosen, ciphertexts computed with pow(m, e, n)."""
import json
import math
import random

rng = random.Random(65537)


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


def rand_prime(lo, hi, cond=lambda p: True):
    while True:
        p = rng.randrange(lo, hi)
        if is_prime(p) and cond(p):
            return p


def emit(name, p, q, e, msgs):
    n = p * q
    phi = (p - 1) * (q - 1)
    assert p != q and is_prime(p) and is_prime(q) and math.gcd(e, phi) == 1
    cts = [pow(m, e, n) for m in msgs]
    print(json.dumps({"name": name, "input": json.dumps([p, q, e, cts])}))


def rand_e(phi, lo=3, hi=2**62):
    while True:
        e = rng.randrange(lo, hi)
        if math.gcd(e, phi) == 1:
            return e


emit("01-tiny-all-residues", 5, 11, 7, list(range(55)))
emit("02-p-is-two", 2, 2147483647, 5, [0, 1, 2, 2147483647, 2 * 2147483647 - 1, 12345])
P1, P2 = 2147483647, 2147483629
emit("03-largest-primes-65537", P1, P2, 65537, [0, 1, 2, P1 * P2 - 1, P1 * P2 - 2, 42])
p = rand_prime(2**30, 2**31)
q = rand_prime(2**30, 2**31, lambda x: x != p)
n = p * q
emit("04-non-coprime-messages", p, q, 65537, [p, 2 * p, q, q * (p - 1), p * (q - 1), n - p] + [p * rng.randrange(1, q) for _ in range(20)])
emit("05-huge-e", p, q, rand_e((p - 1) * (q - 1), 2**61), [rng.randrange(n) for _ in range(50)])
for t in range(3):
    p = rand_prime(2**30, 2**31)
    q = rand_prime(2**30, 2**31, lambda x: x != p)
    n = p * q
    e = rand_e((p - 1) * (q - 1))
    emit(f"{6 + t:02d}-max-random-{t}", p, q, e, [rng.randrange(n) for _ in range(10000)])
p = rand_prime(2**30, 2**31, lambda x: x % 3 == 2)
q = rand_prime(2**30, 2**31, lambda x: x % 3 == 2 and x != p)
n = p * q
emit("09-max-e-three", p, q, 3, [rng.randrange(n) for _ in range(10000)])
p = rand_prime(1000, 5000)
q = rand_prime(2**30, 2**31)
emit("10-unbalanced-primes", p, q, rand_e((p - 1) * (q - 1)), [rng.randrange(p * q) for _ in range(1000)])
