import sys

# Edmonds-Karp: one BFS per augmenting path, O(V E^2). Correct, but on graphs
# with many unit augmenting paths it repeats a full BFS for every unit.


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, t = (int(x) for x in data[:4])
    to, cap = [], []
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, c = int(data[4 + 3 * i]), int(data[5 + 3 * i]), int(data[6 + 3 * i])
        adj[u].append(len(to)); to.append(v); cap.append(c)
        adj[v].append(len(to)); to.append(u); cap.append(0)
    flow = 0
    while True:
        pe = [-1] * (n + 1)
        seen = [False] * (n + 1)
        seen[s] = True
        q = [s]
        for u in q:
            for e in adj[u]:
                v = to[e]
                if cap[e] and not seen[v]:
                    seen[v] = True
                    pe[v] = e
                    q.append(v)
            if seen[t]:
                break
        if not seen[t]:
            break
        f = None
        v = t
        while v != s:
            e = pe[v]
            f = cap[e] if f is None or cap[e] < f else f
            v = to[e ^ 1]
        v = t
        while v != s:
            e = pe[v]
            cap[e] -= f
            cap[e ^ 1] += f
            v = to[e ^ 1]
        flow += f
    print(flow)


main()
