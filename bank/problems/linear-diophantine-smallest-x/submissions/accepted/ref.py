class Solution:
    def smallestX(self, a: int, b: int, c: int) -> int:
        # extended Euclid: g = gcd(a, b) = a * x0 + b * y0
        old_r, r = a, b
        old_x, x = 1, 0
        while r:
            q = old_r // r
            old_r, r = r, old_r - q * r
            old_x, x = x, old_x - q * x
        g, x0 = old_r, old_x
        if c % g:
            return -1
        m = b // g  # all solutions: x = x_p + k * m
        return (c // g % m) * (x0 % m) % m
