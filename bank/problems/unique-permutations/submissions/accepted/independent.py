"""Independent solution written from the statement alone: backtracking over the multiset (distinct values with remaining counts), each distinct permutation generated exactly once; O(P * n)."""
from collections import Counter
from typing import List


class Solution:
    def permuteUnique(self, nums: List[int]) -> List[List[int]]:
        cnt = Counter(nums)
        vals = sorted(cnt)
        left = [cnt[v] for v in vals]
        n = len(nums)
        cur = [0] * n
        out = []

        def rec(pos):
            if pos == n:
                out.append(cur[:])
                return
            for i, v in enumerate(vals):
                if left[i]:
                    left[i] -= 1
                    cur[pos] = v
                    rec(pos + 1)
                    left[i] += 1

        rec(0)
        return out
