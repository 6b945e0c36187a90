# Hard-codes ways[1] = 1 and ways[2] = 2 before checking for broken steps.
MOD = 10 ** 9 + 7


class Solution:
    def climbStairs(self, n, broken):
        bad = set(broken)
        ways = [0] * (n + 2)
        ways[0], ways[1], ways[2] = 1, 1, 2
        for i in range(3, n + 1):
            ways[i] = 0 if i in bad else (ways[i - 1] + ways[i - 2]) % MOD
        return ways[n]
