"""Hidden tests for chinese-remainder: non-coprime moduli, inconsistent systems, lcm near 1e18."""
import json
import random
from math import gcd

rng = random.Random(60221)
LIM = 10**18
MMAX = 10**12
PRIMES = [p for p in range(2, 2000) if all(p % d for d in range(2, int(p**0.5) + 1))]


def emit(name, rs, ms):
    assert lcm_all(ms) <= LIM and all(0 <= r < m <= MMAX for r, m in zip(rs, ms))
    print(json.dumps({"name": name, "input": json.dumps([rs, ms], separators=(",", ":"))}))


def lcm_all(ms):
    L = 1
    for m in ms:
        L = L // gcd(L, m) * m
    return L


def system(n, factors, consistent=True):
    """Moduli are products of random subsets of `factors` (pairwise coprime prime powers)."""
    ms = []
    while len(ms) < n:
        m = 1
        for f in rng.sample(factors, rng.randint(1, len(factors))):
            if m * f <= MMAX:
                m *= f
        ms.append(m)
    L = lcm_all(ms)
    assert L <= LIM
    x = rng.randrange(L)
    rs = [x % m for m in ms]
    if not consistent:
        i = rng.randrange(n)
        rs[i] = (rs[i] + rng.randint(1, ms[i] - 1)) % ms[i] if ms[i] > 1 else 0
    return rs, ms


def prime_power_factors(limit, count):
    """Pairwise coprime prime powers whose product stays <= limit."""
    out, prod = [], 1
    for p in rng.sample(PRIMES, len(PRIMES)):
        if len(out) == count:
            break
        f = p ** rng.randint(1, 3)
        if prod * f <= limit:
            out.append(f)
            prod *= f
    return out


emit("01-single", [5], [7])
emit("02-modulus-one", [0, 3], [1, 4])
emit("03-all-zero", [0, 0, 0], [6, 10, 15])
emit("04-same-modulus-agree", [4, 4], [9, 9])
emit("05-same-modulus-clash", [4, 5], [9, 9])
emit("06-non-coprime-ok", [2, 4], [6, 8])
emit("07-non-coprime-clash", [1, 2], [6, 8])
emit("08-divisor-moduli", [11, 3, 1], [12, 4, 2])
emit("09-big-coprime", [MMAX - 2, 5], [MMAX - 1, 999983])
for k in range(8):
    f = prime_power_factors(10**4, 4)
    rs, ms = system(rng.randint(1, 5), f, consistent=k % 3 != 2)
    emit("10-small-random-%d" % k, rs, ms)
for k in range(6):
    f = prime_power_factors(LIM, 14)
    rs, ms = system(rng.randint(2, 50), f, consistent=k % 3 != 2)
    emit("11-large-random-%d" % k, rs, ms)
small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
x = rng.randrange(lcm_all(small))
emit("12-first-primes", [x % p for p in small], small)
f = prime_power_factors(LIM, 20)
rs, ms = system(10000, f)
emit("13-max-n", rs, ms)
rs, ms = system(10000, f, consistent=False)
emit("14-max-n-clash-late", rs, ms)
a, b = 999999999989, 999983  # both prime; lcm just below 1e18
x = rng.randrange(a * b)
emit("15-max-lcm", [x % a, x % b], [a, b])
x = rng.randrange(a * b)
emit("16-max-lcm-small-first", [x % b, x % a], [b, a])
