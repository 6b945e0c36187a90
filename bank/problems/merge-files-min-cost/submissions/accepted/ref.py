import heapq


class Solution:
    def minMergeCost(self, sizes: List[int]) -> int:
        heap = list(sizes)
        heapq.heapify(heap)
        cost = 0
        while len(heap) > 1:
            merged = heapq.heappop(heap) + heapq.heappop(heap)  # the two smallest files
            cost += merged
            heapq.heappush(heap, merged)
        return cost
