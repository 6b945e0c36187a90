# Mistake: forgets that 1 is not a prime.
from math import isqrt


class Solution:
    def countPrimes(self, lo, hi):
        r = isqrt(hi)
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
        return seg.count(1)
