import sys

# Mistake: prints only the extra flow of the second phase and forgets the
# value `base` of the feasible flow found in the first phase.


def dinic(adj, to, cap, s, t):
    n = len(adj)
    flow = 0
    while True:
        level = [-1] * n
        level[s] = 0
        queue = [s]
        for u in queue:
            lu = level[u] + 1
            for e in adj[u]:
                if cap[e] and level[to[e]] < 0:
                    level[to[e]] = lu
                    queue.append(to[e])
        if level[t] < 0:
            return flow
        it = [0] * n
        path = []
        u = s
        while True:
            if u == t:
                f = min(cap[e] for e in path)
                for e in path:
                    cap[e] -= f
                    cap[e ^ 1] += f
                flow += f
                path = []
                u = s
                continue
            a = adj[u]
            i = it[u]
            nl = level[u] + 1
            while i < len(a):
                e = a[i]
                if cap[e] and level[to[e]] == nl:
                    break
                i += 1
            it[u] = i
            if i < len(a):
                path.append(a[i])
                u = to[a[i]]
            else:
                if u == s:
                    break
                level[u] = -1
                e = path.pop()
                u = to[e ^ 1]
                it[u] += 1


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, t = (int(x) for x in data[:4])
    S, T = n + 1, n + 2
    adj = [[] for _ in range(n + 3)]
    to, cap = [], []

    def add(u, v, c):
        adj[u].append(len(to)); to.append(v); cap.append(c)
        adj[v].append(len(to)); to.append(u); cap.append(0)
        return len(to) - 2

    excess = [0] * (n + 1)
    total_high = 0
    for i in range(m):
        u, v, lo, hi = (int(x) for x in data[4 + 4 * i:8 + 4 * i])
        add(u, v, hi - lo)
        excess[v] += lo
        excess[u] -= lo
        total_high += hi
    INF = total_high + 1
    # t->s and s->t with infinite capacity turn any s-t flow (of either sign) into a circulation
    e_ts = add(t, s, INF)
    e_st = add(s, t, INF)
    need = 0
    for v in range(1, n + 1):
        if excess[v] > 0:
            add(S, v, excess[v])
            need += excess[v]
        elif excess[v] < 0:
            add(v, T, -excess[v])
    if dinic(adj, to, cap, S, T) < need:
        print("IMPOSSIBLE")
        return
    base = cap[e_ts ^ 1] - cap[e_st ^ 1]  # net flow t->s = value of the feasible flow
    for e in (e_ts, e_ts ^ 1, e_st, e_st ^ 1):
        cap[e] = 0
    print(dinic(adj, to, cap, s, t))


main()
