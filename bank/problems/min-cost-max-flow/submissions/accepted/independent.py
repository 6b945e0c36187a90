"""Independent solution written from the statement alone: primal-dual min-cost max-flow - Dijkstra with Johnson potentials (stopped at t), then repeated DFS augmentations over zero-reduced-cost (admissible) arcs, until t is unreachable."""
import heapq
from typing import List


class Solution:
    def minCostMaxFlow(self, n: int, edges: List[List[int]], s: int, t: int) -> List[int]:
        # arc arrays; arc e and e^1 are a forward/backward pair
        to = []
        cap = []
        cost = []
        adj = [[] for _ in range(n)]
        for u, v, c, w in edges:
            if u == v:
                continue  # a self-loop never carries useful flow (cost >= 0)
            adj[u].append(len(to)); to.append(v); cap.append(c); cost.append(w)
            adj[v].append(len(to)); to.append(u); cap.append(0); cost.append(-w)
        INF = float("inf")
        pot = [0] * n  # all costs are >= 0, so zero potentials are feasible initially
        flow = 0
        total = 0
        heappush = heapq.heappush
        heappop = heapq.heappop
        while True:
            # Dijkstra on reduced costs cost[e] + pot[u] - pot[v] >= 0, stopped when t is settled
            dist = [INF] * n
            done = [False] * n
            dist[s] = 0
            heap = [s]          # keys d * n + v (integers compare faster than tuples)
            D = INF
            while heap:
                key = heappop(heap)
                u = key % n
                if done[u]:
                    continue
                done[u] = True
                d = key // n
                if u == t:
                    D = d
                    break
                base = d + pot[u]
                for e in adj[u]:
                    if cap[e]:
                        v = to[e]
                        nd = base + cost[e] - pot[v]
                        if nd < dist[v]:
                            dist[v] = nd
                            heappush(heap, nd * n + v)
            if D == INF:
                break
            # new potentials: pot[v] += min(dist[v], D); keeps every reduced cost >= 0 and
            # makes every arc of a shortest s-t path have reduced cost 0
            for v in range(n):
                dv = dist[v]
                pot[v] += dv if dv < D else D
            path_cost = pot[t] - pot[s]
            # augment repeatedly along admissible arcs (cap > 0, reduced cost 0); every such
            # s-t path is a shortest path.  dead[v]: no admissible route to t found from v.
            it = [0] * n
            dead = [False] * n
            onpath = [False] * n
            pushed = 0
            while not dead[s]:
                nodes = [s]
                arcs = []
                onpath[s] = True
                u = s
                while u != t:
                    lst = adj[u]
                    i = it[u]
                    L = len(lst)
                    pu = pot[u]
                    while i < L:
                        e = lst[i]
                        if cap[e] > 0:
                            v = to[e]
                            if not dead[v] and not onpath[v] and cost[e] + pu == pot[v]:
                                break
                        i += 1
                    it[u] = i
                    if i < L:
                        arcs.append(e)
                        nodes.append(v)
                        onpath[v] = True
                        u = v
                    else:
                        dead[u] = True
                        onpath[u] = False
                        nodes.pop()
                        if not nodes:
                            break
                        arcs.pop()
                        u = nodes[-1]
                        it[u] += 1
                if u != t:
                    break
                f = min([cap[e] for e in arcs])
                for e in arcs:
                    cap[e] -= f
                    cap[e ^ 1] += f
                for v in nodes:
                    onpath[v] = False
                pushed += f
            flow += pushed
            total += pushed * path_cost
        return [flow, total]
