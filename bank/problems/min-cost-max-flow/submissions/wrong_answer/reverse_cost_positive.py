class Solution:
    def minCostMaxFlow(self, n, edges, s, t):
        # Mistake: the reverse (residual) edge gets cost +w instead of -w, so
        # undoing flow is charged instead of refunded. Bellman-Ford SSP.
        to, cap, cost = [], [], []
        adj = [[] for _ in range(n)]
        for u, v, c, w in edges:
            adj[u].append(len(to)); to.append(v); cap.append(c); cost.append(w)
            adj[v].append(len(to)); to.append(u); cap.append(0); cost.append(w)
        INF = float("inf")
        flow = total = 0
        while True:
            dist = [INF] * n
            dist[s] = 0
            pe = [-1] * n
            for _ in range(n):
                changed = False
                for u in range(n):
                    if dist[u] == INF:
                        continue
                    for e in adj[u]:
                        if cap[e] and dist[u] + cost[e] < dist[to[e]]:
                            dist[to[e]] = dist[u] + cost[e]
                            pe[to[e]] = e
                            changed = True
                if not changed:
                    break
            if dist[t] == INF:
                break
            f = INF
            v = t
            while v != s:
                f = min(f, cap[pe[v]])
                v = to[pe[v] ^ 1]
            v = t
            while v != s:
                cap[pe[v]] -= f
                cap[pe[v] ^ 1] += f
                total += f * (cost[pe[v]] if pe[v] % 2 == 0 else -cost[pe[v]])
                v = to[pe[v] ^ 1]
            flow += f
        return [flow, total]
