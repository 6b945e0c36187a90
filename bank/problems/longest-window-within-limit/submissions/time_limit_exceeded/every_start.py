class Solution:
    def longestSubarray(self, nums, limit):
        # Naive: from every start extend while the running spread fits. O(n^2).
        n = len(nums)
        best = 0
        for i in range(n):
            hi = lo = nums[i]
            j = i
            while j < n:
                x = nums[j]
                if x > hi:
                    hi = x
                if x < lo:
                    lo = x
                if hi - lo > limit:
                    break
                j += 1
            if j - i > best:
                best = j - i
        return best
