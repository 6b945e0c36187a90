# Mistake: never checks that (r - x) is divisible by gcd, so inconsistent systems get an answer.
class Solution:
    def solveCongruences(self, remainders, moduli):
        x, m = 0, 1
        for r, mi in zip(remainders, moduli):
            old_r, rr, old_s, s = m, mi, 1, 0
            while rr:
                q = old_r // rr
                old_r, rr = rr, old_r - q * rr
                old_s, s = s, old_s - q * s
            g, inv = old_r, old_s
            step = mi // g
            k = ((r - x) // g % step) * (inv % step) % step
            x += m * k
            m = m // g * mi
            x %= m
        return x
