class Solution:
    def minCostMaxFlow(self, n, edges, s, t):
        # Correct but naive: SPFA shortest path, then push ONE unit per path.
        # The number of iterations equals the flow value (up to ~10^8 here).
        to, cap, cost = [], [], []
        adj = [[] for _ in range(n)]
        for u, v, c, w in edges:
            adj[u].append(len(to)); to.append(v); cap.append(c); cost.append(w)
            adj[v].append(len(to)); to.append(u); cap.append(0); cost.append(-w)
        INF = float("inf")
        flow = total = 0
        while True:
            dist = [INF] * n
            dist[s] = 0
            pe = [-1] * n
            inq = [False] * n
            q = [s]
            inq[s] = True
            qi = 0
            while qi < len(q):
                u = q[qi]
                qi += 1
                inq[u] = False
                for e in adj[u]:
                    if cap[e] and dist[u] + cost[e] < dist[to[e]]:
                        dist[to[e]] = dist[u] + cost[e]
                        pe[to[e]] = e
                        if not inq[to[e]]:
                            inq[to[e]] = True
                            q.append(to[e])
            if dist[t] == INF:
                break
            v = t
            while v != s:
                cap[pe[v]] -= 1
                cap[pe[v] ^ 1] += 1
                v = to[pe[v] ^ 1]
            flow += 1
            total += dist[t]
        return [flow, total]
