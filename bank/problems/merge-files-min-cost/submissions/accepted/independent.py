"""Independent solution written from the statement alone: Huffman greedy - repeatedly merge the two smallest files using a min-heap; O(n log n)."""
import heapq
from typing import List


class Solution:
    def minMergeCost(self, sizes: List[int]) -> int:
        h = list(sizes)
        heapq.heapify(h)
        total = 0
        while len(h) > 1:
            a = heapq.heappop(h)
            b = heapq.heappop(h)
            s = a + b
            total += s
            heapq.heappush(h, s)
        return total
