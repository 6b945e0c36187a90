# Mistake: base primes taken strictly below sqrt(hi), so p*p = hi is counted as a prime.
from math import isqrt


class Solution:
    def countPrimes(self, lo, hi):
        r = isqrt(hi) - 1 if isqrt(hi) > 1 else 1
        base = bytearray([1]) * (r + 1)
        for i in range(2, isqrt(r) + 1):
            if base[i]:
                base[i * i :: i] = bytes(len(range(i * i, r + 1, i)))
        seg = bytearray([1]) * (hi - lo + 1)
        for p in range(2, r + 1):
            if base[p]:
                start = max(p * p, (lo + p - 1) // p * p)
                if start <= hi:
                    seg[start - lo :: p] = bytes(len(range(start - lo, hi - lo + 1, p)))
        for x in range(lo, min(hi, 1) + 1):
            seg[x - lo] = 0
        return seg.count(1)
