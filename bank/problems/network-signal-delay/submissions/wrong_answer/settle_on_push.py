# Mistake: a node is fixed the first time it is reached (BFS thinking), not when it is popped.
import heapq


class Solution:
    def shortestDelays(self, n, edges, source):
        adj = [[] for _ in range(n)]
        for u, v, w in edges:
            adj[u].append((v, w))
        dist = [-1] * n
        dist[source] = 0
        heap = [(0, source)]
        while heap:
            d, u = heapq.heappop(heap)
            for v, w in adj[u]:
                if dist[v] < 0:
                    dist[v] = d + w
                    heapq.heappush(heap, (d + w, v))
        return dist
