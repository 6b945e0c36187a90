"""Independent solution written from the statement alone: O(n) DP ways[i] = ways[i-1] + ways[i-2] (0 on broken steps), mod 1e9+7."""
from typing import List

MOD = 10**9 + 7


class Solution:
    def climbStairs(self, n: int, broken: List[int]) -> int:
        bad = bytearray(n + 1)
        for x in broken:
            if 0 <= x <= n:
                bad[x] = 1
        prev2, prev1 = 0, 1  # ways[-1], ways[0]
        for i in range(1, n + 1):
            cur = 0 if bad[i] else (prev1 + prev2) % MOD
            prev2, prev1 = prev1, cur
        return prev1
