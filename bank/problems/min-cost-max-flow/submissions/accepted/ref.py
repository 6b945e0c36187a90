import heapq


class Solution:
    def minCostMaxFlow(self, n, edges, s, t):
        # Successive shortest paths; Dijkstra on reduced costs c(u,v) + h[u] - h[v]
        # (Johnson potentials), which stay >= 0 on every residual edge.
        to, cap, cost = [], [], []
        adj = [[] for _ in range(n)]
        for u, v, c, w in edges:
            adj[u].append(len(to)); to.append(v); cap.append(c); cost.append(w)
            adj[v].append(len(to)); to.append(u); cap.append(0); cost.append(-w)
        INF = float("inf")
        h = [0] * n  # all costs are >= 0, so h = 0 is a valid start
        flow = total = 0
        while True:
            dist = [INF] * n
            dist[s] = 0
            pe = [-1] * n
            pq = [(0, s)]
            while pq:
                d, u = heapq.heappop(pq)
                if d > dist[u]:
                    continue
                hu = h[u]
                for e in adj[u]:
                    if cap[e]:
                        v = to[e]
                        nd = d + cost[e] + hu - h[v]
                        if nd < dist[v]:
                            dist[v] = nd
                            pe[v] = e
                            heapq.heappush(pq, (nd, v))
            if dist[t] == INF:
                break
            for v in range(n):
                if dist[v] != INF:
                    h[v] += dist[v]
            f = INF
            v = t
            while v != s:
                e = pe[v]
                if cap[e] < f:
                    f = cap[e]
                v = to[e ^ 1]
            v = t
            while v != s:
                e = pe[v]
                cap[e] -= f
                cap[e ^ 1] += f
                v = to[e ^ 1]
            flow += f
            total += f * (h[t] - h[s])
        return [flow, total]
