class Solution:
    """dp[i] = 1 + max(dp[j] for j < i with nums[j] < nums[i]): O(n^2)."""

    def lengthOfLIS(self, nums):
        n = len(nums)
        dp = [1] * n
        for i in range(n):
            x = nums[i]
            for j in range(i):
                if nums[j] < x and dp[j] + 1 > dp[i]:
                    dp[i] = dp[j] + 1
        return max(dp)
