# Mistake: scales the Bezout coefficient by c/g but does not reduce modulo b/g.
class Solution:
    def smallestX(self, a, b, c):
        old_r, r = a, b
        old_x, x = 1, 0
        while r:
            q = old_r // r
            old_r, r = r, old_r - q * r
            old_x, x = x, old_x - q * x
        g = old_r
        if c % g:
            return -1
        res = old_x * (c // g)
        return res if res >= 0 else res % b
