"""Dinic's algorithm: BFS level graph + blocking flow by DFS with current-arc pointers."""
import sys
from collections import deque


def main():
    data = sys.stdin.buffer.read().split()
    n, m, s, t = int(data[0]), int(data[1]), int(data[2]) - 1, int(data[3]) - 1
    adj = [[] for _ in range(n)]
    to = []
    cap = []
    pos = 4
    for _ in range(m):
        u, v, c = int(data[pos]) - 1, int(data[pos + 1]) - 1, int(data[pos + 2])
        pos += 3
        adj[u].append(len(to))
        to.append(v)
        cap.append(c)
        adj[v].append(len(to))  # residual edge e ^ 1
        to.append(u)
        cap.append(0)
    flow = 0
    while True:
        level = [-1] * n
        level[s] = 0
        q = deque([s])
        while q:
            u = q.popleft()
            for e in adj[u]:
                if cap[e] > 0 and level[to[e]] < 0:
                    level[to[e]] = level[u] + 1
                    q.append(to[e])
        if level[t] < 0:
            break
        it = [0] * n
        path = []  # edge ids from s to the current node u
        u = s
        while True:
            if u == t:
                f = min(cap[e] for e in path)
                flow += f
                cut = -1
                for i, e in enumerate(path):
                    cap[e] -= f
                    cap[e ^ 1] += f
                    if cut < 0 and cap[e] == 0:
                        cut = i
                del path[cut:]  # retreat to the tail of the first saturated edge
                u = to[path[-1]] if path else s
                continue
            au = adj[u]
            i = it[u]
            lu = level[u] + 1
            while i < len(au):
                e = au[i]
                if cap[e] > 0 and level[to[e]] == lu:
                    break
                i += 1
            it[u] = i
            if i < len(au):
                e = au[i]
                path.append(e)
                u = to[e]
            else:
                level[u] = -1  # dead end for this phase
                if not path:
                    break
                e = path.pop()
                u = to[e ^ 1]
                it[u] += 1
    print(flow)


main()
