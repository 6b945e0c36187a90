# Mistake: returns the partial order when the rules contain a cycle.
import heapq


class Solution:
    def smallestOrder(self, n, rules):
        adj = [[] for _ in range(n)]
        indeg = [0] * n
        for a, b in rules:
            adj[a].append(b)
            indeg[b] += 1
        heap = [v for v in range(n) if indeg[v] == 0]
        heapq.heapify(heap)
        order = []
        while heap:
            u = heapq.heappop(heap)
            order.append(u)
            for v in adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    heapq.heappush(heap, v)
        return order
