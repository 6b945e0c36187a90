# Mistake: textbook CRT formula x = sum r_i * M_i * inv(M_i) mod M, valid only for coprime moduli.
class Solution:
    def solveCongruences(self, remainders, moduli):
        M = 1
        for mi in moduli:
            M *= mi
        x = 0
        for r, mi in zip(remainders, moduli):
            Mi = M // mi
            old_r, rr, old_s, s = Mi % mi, mi, 1, 0
            while rr:
                q = old_r // rr
                old_r, rr = rr, old_r - q * rr
                old_s, s = s, old_s - q * s
            x += r * Mi * old_s
        return x % M
