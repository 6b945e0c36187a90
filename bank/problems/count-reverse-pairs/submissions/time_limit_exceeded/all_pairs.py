class Solution:
    def reversePairs(self, nums):
        # Naive: check every pair. O(n^2).
        n = len(nums)
        cnt = 0
        for i in range(n):
            x = nums[i]
            for j in range(i + 1, n):
                if x > 2 * nums[j]:
                    cnt += 1
        return cnt
