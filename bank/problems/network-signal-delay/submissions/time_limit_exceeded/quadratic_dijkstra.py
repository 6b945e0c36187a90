# Dijkstra without a heap: O(n^2) scan for the closest unsettled node.
class Solution:
    def shortestDelays(self, n, edges, source):
        adj = [[] for _ in range(n)]
        for u, v, w in edges:
            adj[u].append((v, w))
        INF = float("inf")
        dist = [INF] * n
        dist[source] = 0
        done = [False] * n
        for _ in range(n):
            u, best = -1, INF
            for i in range(n):
                if not done[i] and dist[i] < best:
                    u, best = i, dist[i]
            if u < 0:
                break
            done[u] = True
            for v, w in adj[u]:
                if best + w < dist[v]:
                    dist[v] = best + w
        return [d if d < INF else -1 for d in dist]
