# Longest strictly increasing contiguous run: a substring, not a subsequence.
class Solution:
    def lengthOfLIS(self, nums):
        best = cur = 1
        for a, b in zip(nums, nums[1:]):
            cur = cur + 1 if b > a else 1
            best = max(best, cur)
        return best
