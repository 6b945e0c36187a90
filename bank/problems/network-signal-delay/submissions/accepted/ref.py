import heapq


class Solution:
    def shortestDelays(self, n: int, edges: List[List[int]], source: int) -> List[int]:
        adj = [[] for _ in range(n)]
        for u, v, w in edges:
            adj[u].append((v, w))
        dist = [-1] * n
        dist[source] = 0
        done = [False] * n
        heap = [(0, source)]
        while heap:
            d, u = heapq.heappop(heap)
            if done[u]:
                continue  # stale entry: u was already settled with a smaller distance
            done[u] = True
            for v, w in adj[u]:
                nd = d + w
                if dist[v] < 0 or nd < dist[v]:
                    dist[v] = nd
                    heapq.heappush(heap, (nd, v))
        return dist
