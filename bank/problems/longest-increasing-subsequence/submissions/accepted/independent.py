"""Independent solution written from the statement alone: patience sorting - tails[k] = smallest tail of a strictly increasing subsequence of length k+1, updated with bisect_left; O(n log n)."""
from bisect import bisect_left
from typing import List


class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            i = bisect_left(tails, x)
            if i == len(tails):
                tails.append(x)
            else:
                tails[i] = x
        return len(tails)
