class Solution:
    def solveCongruences(self, remainders: List[int], moduli: List[int]) -> int:
        x, m = 0, 1  # invariant: the congruences seen so far <=> X = x (mod m)
        for r, mi in zip(remainders, moduli):
            # solve x + m * k = r (mod mi) for k
            old_r, rr, old_s, s = m, mi, 1, 0  # extended Euclid on (m, mi)
            while rr:
                q = old_r // rr
                old_r, rr = rr, old_r - q * rr
                old_s, s = s, old_s - q * s
            g, inv = old_r, old_s  # m * inv = g (mod mi)
            diff = r - x
            if diff % g:
                return -1
            step = mi // g
            k = (diff // g % step) * (inv % step) % step
            x += m * k
            m = m // g * mi
            x %= m
        return x
