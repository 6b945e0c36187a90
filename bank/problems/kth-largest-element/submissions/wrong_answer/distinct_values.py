# Removes duplicates first: returns the k-th largest DISTINCT value (and fails when k > #distinct).
class Solution:
    def findKthLargest(self, nums, k):
        vals = sorted(set(nums), reverse=True)
        return vals[min(k, len(vals)) - 1]
