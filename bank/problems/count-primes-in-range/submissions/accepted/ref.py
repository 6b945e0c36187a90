from itertools import compress
from math import isqrt


class Solution:
    def countPrimes(self, lo: int, hi: int) -> int:
        r = isqrt(hi)
        # 1. ordinary sieve of Eratosthenes up to sqrt(hi)
        base = bytearray([1]) * (r + 1)
        base[:2] = b"\x00\x00"[: r + 1]
        for i in range(2, isqrt(r) + 1):
            if base[i]:
                base[i * i :: i] = bytes(len(range(i * i, r + 1, i)))
        # 2. cross out multiples of each base prime inside [lo, hi]
        seg = bytearray([1]) * (hi - lo + 1)
        for p in compress(range(r + 1), base):
            start = max(p * p, (lo + p - 1) // p * p)  # never cross out p itself
            if start <= hi:
                seg[start - lo :: p] = bytes(len(range(start - lo, hi - lo + 1, p)))
        for x in range(lo, min(hi, 1) + 1):  # 0 and 1 are not prime
            seg[x - lo] = 0
        return seg.count(1)
