import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, t = (int(x) for x in data[:4])
    to = []
    cap = []
    adj = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, c = int(data[4 + 3 * i]), int(data[5 + 3 * i]), int(data[6 + 3 * i])
        adj[u].append(len(to))
        to.append(v)
        cap.append(c)
        adj[v].append(len(to))
        to.append(u)
        cap.append(0)
    flow = 0
    while True:
        # BFS: level graph on the residual network
        level = [-1] * (n + 1)
        level[s] = 0
        queue = [s]
        for u in queue:
            lu = level[u] + 1
            for e in adj[u]:
                if cap[e] and level[to[e]] < 0:
                    level[to[e]] = lu
                    queue.append(to[e])
        if level[t] < 0:
            break
        # blocking flow by iterative DFS with current-arc pointers
        it = [0] * (n + 1)
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
                level[u] = -1  # dead end: never enter it again in this phase
                e = path.pop()
                u = to[e ^ 1]
                it[u] += 1
    print(flow)


main()
