from collections import deque


class Solution:
    def longestSubarray(self, nums, limit):
        # Window [left, right]; maxq holds indices with decreasing values (front =
        # window max), minq indices with increasing values (front = window min).
        maxq, minq = deque(), deque()
        left = best = 0
        for right, x in enumerate(nums):
            while maxq and nums[maxq[-1]] <= x:
                maxq.pop()
            maxq.append(right)
            while minq and nums[minq[-1]] >= x:
                minq.pop()
            minq.append(right)
            while nums[maxq[0]] - nums[minq[0]] > limit:
                left += 1
                if maxq[0] < left:
                    maxq.popleft()
                if minq[0] < left:
                    minq.popleft()
            if right - left + 1 > best:
                best = right - left + 1
        return best
