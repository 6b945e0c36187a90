from bisect import bisect_left


class Solution:
    """Patience sorting: tails[k] is the smallest tail of an increasing subsequence of length k+1."""

    def lengthOfLIS(self, nums):
        tails = []
        for x in nums:
            k = bisect_left(tails, x)          # first tail >= x (strict increase)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
