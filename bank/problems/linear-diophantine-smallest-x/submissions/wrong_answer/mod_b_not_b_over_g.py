# Mistake: reduces modulo b instead of b / gcd(a, b); the result is a solution but not the smallest.
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
        return old_x * (c // g) % b
