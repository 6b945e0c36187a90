"""Independent solution written from the statement alone: Dijkstra with a binary heap (weights >= 0) from source; unreachable -> -1; O((n + m) log m)."""
import heapq
from typing import List


class Solution:
    def shortestDelays(self, n: int, edges: List[List[int]], source: int) -> List[int]:
        adj = [[] for _ in range(n)]
        for u, v, w in edges:
            adj[u].append((v, w))
        INF = -1
        dist = [INF] * n
        dist[source] = 0
        done = [False] * n
        h = [(0, source)]
        while h:
            d, u = heapq.heappop(h)
            if done[u]:
                continue
            done[u] = True
            for v, w in adj[u]:
                nd = d + w
                if dist[v] == INF or nd < dist[v]:
                    dist[v] = nd
                    heapq.heappush(h, (nd, v))
        return dist
