# Forgets the modulus: Python's big integers give the exact (huge) count.
class Solution:
    def climbStairs(self, n, broken):
        bad = set(broken)
        a, b = 0, 1
        for i in range(1, n + 1):
            a, b = b, 0 if i in bad else a + b
        return b
