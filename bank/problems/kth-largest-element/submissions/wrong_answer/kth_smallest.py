# Sorts ascending and forgets to count from the end.
class Solution:
    def findKthLargest(self, nums, k):
        return sorted(nums)[k - 1]
