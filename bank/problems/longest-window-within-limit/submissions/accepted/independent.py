"""Independent solution written from the statement alone: two pointers with monotonic deques for the window maximum and minimum, O(n)."""
from collections import deque


class Solution:
    def longestSubarray(self, nums, limit):
        mx = deque()  # indices, values non-increasing
        mn = deque()  # indices, values non-decreasing
        left = 0
        best = 0
        for right, x in enumerate(nums):
            while mx and nums[mx[-1]] < x:
                mx.pop()
            mx.append(right)
            while mn and nums[mn[-1]] > x:
                mn.pop()
            mn.append(right)
            while nums[mx[0]] - nums[mn[0]] > limit:
                left += 1
                if mx[0] < left:
                    mx.popleft()
                if mn[0] < left:
                    mn.popleft()
            if right - left + 1 > best:
                best = right - left + 1
        return best
