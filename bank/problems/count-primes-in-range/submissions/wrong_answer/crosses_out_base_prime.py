# Mistake: starts crossing out at the first multiple of p that is >= lo, which can be p itself.
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
                start = (lo + p - 1) // p * p
                if start <= hi:
                    seg[start - lo :: p] = bytes(len(range(start - lo, hi - lo + 1, p)))
        for x in range(lo, min(hi, 1) + 1):
            seg[x - lo] = 0
        return seg.count(1)
