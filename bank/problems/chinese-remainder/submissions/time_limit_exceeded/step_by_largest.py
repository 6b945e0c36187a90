# Sieve-style search: walk x through the largest modulus' residue class, O(lcm / max m_i) steps.
class Solution:
    def solveCongruences(self, remainders, moduli):
        L = 1
        from math import gcd
        for mi in moduli:
            L = L // gcd(L, mi) * mi
        j = max(range(len(moduli)), key=moduli.__getitem__)
        x, step = remainders[j], moduli[j]
        while x < L:
            if all(x % mi == r for r, mi in zip(remainders, moduli)):
                return x
            x += step
        return -1
