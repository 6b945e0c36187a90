class Solution:
    """k rounds of 'find the maximum and remove it': O(nk), quadratic when k ~ n/2."""

    def findKthLargest(self, nums, k):
        a = list(nums)
        for _ in range(k - 1):
            a.remove(max(a))
        return max(a)
