import heapq


class Solution:
    """Keep the k largest elements seen so far in a min-heap; its top is the k-th largest."""

    def findKthLargest(self, nums, k):
        heap = nums[:k]
        heapq.heapify(heap)
        for x in nums[k:]:
            if x > heap[0]:
                heapq.heapreplace(heap, x)
        return heap[0]
