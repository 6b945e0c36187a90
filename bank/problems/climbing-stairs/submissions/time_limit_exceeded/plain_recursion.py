import sys

MOD = 10 ** 9 + 7


class Solution:
    """ways(i) = ways(i-1) + ways(i-2) without memoisation: Fibonacci-many calls."""

    def climbStairs(self, n, broken):
        sys.setrecursionlimit(10000)
        bad = set(broken)

        def ways(i):
            if i < 0 or i in bad:
                return 0
            if i == 0:
                return 1
            return (ways(i - 1) + ways(i - 2)) % MOD

        return ways(n)
