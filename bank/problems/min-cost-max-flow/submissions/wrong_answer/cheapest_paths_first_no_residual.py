import heapq


class Solution:
    def minCostMaxFlow(self, n, edges, s, t):
        # Mistake: repeatedly sends flow along the cheapest path of the
        # *original* graph (no reverse edges). Neither the flow nor the cost is
        # guaranteed optimal once an early path has to be partly undone.
        cap = [e[2] for e in edges]
        adj = [[] for _ in range(n)]
        for i, (u, v, c, w) in enumerate(edges):
            adj[u].append(i)
        flow = total = 0
        while True:
            dist = [float("inf")] * n
            dist[s] = 0
            pe = [-1] * n
            pq = [(0, s)]
            while pq:
                d, u = heapq.heappop(pq)
                if d > dist[u]:
                    continue
                for i in adj[u]:
                    v, w = edges[i][1], edges[i][3]
                    if cap[i] and d + w < dist[v]:
                        dist[v] = d + w
                        pe[v] = i
                        heapq.heappush(pq, (d + w, v))
            if dist[t] == float("inf"):
                break
            f = float("inf")
            v = t
            while v != s:
                f = min(f, cap[pe[v]])
                v = edges[pe[v]][0]
            v = t
            while v != s:
                cap[pe[v]] -= f
                v = edges[pe[v]][0]
            flow += f
            total += f * dist[t]
        return [flow, total]
