"""Independent solution written from the statement alone: segmented sieve of Eratosthenes (base primes up to sqrt(hi), bytearray slice marking on [lo, hi])."""
from math import isqrt


class Solution:
    def countPrimes(self, lo, hi):
        lo = int(lo)
        hi = int(hi)
        if hi < 2:
            return 0
        if lo < 2:
            lo = 2
        if lo > hi:
            return 0
        r = isqrt(hi)
        # base primes up to r
        base = bytearray([1]) * (r + 1)
        base[0] = 0
        base[1] = 0  # r >= 1 because hi >= 2
        i = 2
        while i * i <= r:
            if base[i]:
                base[i * i:: i] = bytes(len(range(i * i, r + 1, i)))
            i += 1
        width = hi - lo + 1
        seg = bytearray([1]) * width
        for p in range(2, r + 1):
            if not base[p]:
                continue
            start = p * p
            if start < lo:
                start = ((lo + p - 1) // p) * p
            if start > hi:
                continue
            off = start - lo
            seg[off::p] = bytes(len(range(off, width, p)))
        return seg.count(1)
