"""Independent solution written from the statement alone: Kahn's topological sort with a min-heap of available courses; if not all n courses are output there is a cycle -> []."""
import heapq
from typing import List


class Solution:
    def smallestOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        adj = [[] for _ in range(n)]
        indeg = [0] * n
        for a, b in rules:
            adj[a].append(b)
            indeg[b] += 1
        heap = [i for i in range(n) if indeg[i] == 0]
        heapq.heapify(heap)
        order = []
        while heap:
            x = heapq.heappop(heap)
            order.append(x)
            for y in adj[x]:
                indeg[y] -= 1
                if indeg[y] == 0:
                    heapq.heappush(heap, y)
        if len(order) != n:
            return []
        return order
