"""Edmonds-Karp: one BFS per augmenting path, O(V E^2); too slow when the flow needs many paths."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, t = int(data[0]), int(data[1]), int(data[2]) - 1, int(data[3]) - 1
    adj = [[] for _ in range(n)]
    to, cap = [], []
    pos = 4
    for _ in range(m):
        u, v, c = int(data[pos]) - 1, int(data[pos + 1]) - 1, int(data[pos + 2])
        pos += 3
        adj[u].append(len(to)); to.append(v); cap.append(c)
        adj[v].append(len(to)); to.append(u); cap.append(0)
    flow = 0
    while True:
        par = [-1] * n
        par[s] = -2
        q = deque([s])
        while q and par[t] == -1:
            u = q.popleft()
            for e in adj[u]:
                v = to[e]
                if cap[e] > 0 and par[v] == -1:
                    par[v] = e
                    q.append(v)
        if par[t] == -1:
            break
        f = None
        v = t
        while v != s:
            e = par[v]
            f = cap[e] if f is None else min(f, cap[e])
            v = to[e ^ 1]
        v = t
        while v != s:
            e = par[v]
            cap[e] -= f
            cap[e ^ 1] += f
            v = to[e ^ 1]
        flow += f
    print(flow)


main()
