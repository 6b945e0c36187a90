"""Independent solution written from the statement alone: g = gcd(a,b); no solution unless g | c; otherwise x = (c/g) * inverse(a/g) mod (b/g), the least non-negative residue."""
from math import gcd


class Solution:
    def smallestX(self, a, b, c):
        a = int(a)
        b = int(b)
        c = int(c)
        g = gcd(a, b)
        if c % g:
            return -1
        a //= g
        b //= g
        c //= g
        if b == 1:
            return 0
        # extended Euclid for the inverse of a modulo b
        old_r, r = a % b, b
        old_s, s = 1, 0
        while r:
            q = old_r // r
            old_r, r = r, old_r - q * r
            old_s, s = s, old_s - q * s
        inv = old_s % b
        return (c % b) * inv % b
