class Solution:
    def longestSubarray(self, nums, limit):
        # Mistake: two pointers that only compare the two ends of the window,
        # not its real maximum and minimum.
        left = best = 0
        for right in range(len(nums)):
            while abs(nums[right] - nums[left]) > limit:
                left += 1
            best = max(best, right - left + 1)
        return best
