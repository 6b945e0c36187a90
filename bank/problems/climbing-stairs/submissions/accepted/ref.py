MOD = 10 ** 9 + 7


class Solution:
    """ways[i] = ways[i-1] + ways[i-2] on intact steps, 0 on broken ones; keep only the last two."""

    def climbStairs(self, n, broken):
        bad = set(broken)
        prev2, prev1 = 0, 1                  # ways[-1], ways[0]
        for i in range(1, n + 1):
            cur = 0 if i in bad else (prev1 + prev2) % MOD
            prev2, prev1 = prev1, cur
        return prev1
