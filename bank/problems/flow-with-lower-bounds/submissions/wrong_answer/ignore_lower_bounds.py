import sys
from collections import deque

# Mistake: ignores the lower bounds and computes a plain max flow on the upper
# bounds; misses both infeasibility and flow forced in the wrong direction.


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, t = (int(x) for x in data[:4])
    to, cap = [], []
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, lo, hi = (int(x) for x in data[4 + 4 * i:8 + 4 * i])
        adj[u].append(len(to)); to.append(v); cap.append(hi)
        adj[v].append(len(to)); to.append(u); cap.append(0)
    flow = 0
    while True:
        level = [-1] * (n + 1)
        level[s] = 0
        q = deque([s])
        while q:
            u = q.popleft()
            for e in adj[u]:
                if cap[e] and level[to[e]] < 0:
                    level[to[e]] = level[u] + 1
                    q.append(to[e])
        if level[t] < 0:
            break
        it = [0] * (n + 1)

        def dfs(u, f):
            if u == t:
                return f
            while it[u] < len(adj[u]):
                e = adj[u][it[u]]
                if cap[e] and level[to[e]] == level[u] + 1:
                    d = dfs(to[e], min(f, cap[e]))
                    if d:
                        cap[e] -= d
                        cap[e ^ 1] += d
                        return d
                it[u] += 1
            return 0

        sys.setrecursionlimit(100000)
        while True:
            f = dfs(s, float("inf"))
            if not f:
                break
            flow += f
    print(flow)


main()
