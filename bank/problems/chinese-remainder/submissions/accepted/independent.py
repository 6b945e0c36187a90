"""Independent solution written from the statement alone: merge congruences pairwise with gcd / modular inverse (generalised CRT), O(n log M)."""
from math import gcd
from typing import List


class Solution:
    def solveCongruences(self, remainders: List[int], moduli: List[int]) -> int:
        a, m = 0, 1  # x = a (mod m)
        for r, n in zip(remainders, moduli):
            r %= n
            g = gcd(m, n)
            diff = r - a
            if diff % g:
                return -1
            ng = n // g
            # solve m * t = diff (mod n)  ->  (m/g) t = diff/g (mod n/g)
            t = (diff // g) * pow(m // g % ng, -1, ng) % ng if ng > 1 else 0
            a = a + m * t
            m = m // g * n
            a %= m
        return a % m
