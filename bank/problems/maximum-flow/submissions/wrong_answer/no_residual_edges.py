import sys

# Mistake: greedy DFS augmentation on the original graph only. Without reverse
# (residual) edges an early bad path can never be undone, so the result can be
# smaller than the maximum flow.


def main():
    sys.setrecursionlimit(100000)
    data = sys.stdin.buffer.read().split()
    n, m, s, t = (int(x) for x in data[:4])
    adj = [[] for _ in range(n + 1)]
    cap = []
    for i in range(m):
        u, v, c = int(data[4 + 3 * i]), int(data[5 + 3 * i]), int(data[6 + 3 * i])
        adj[u].append((v, len(cap)))
        cap.append(c)

    def dfs(u, f, seen):
        if u == t:
            return f
        seen[u] = True
        for v, e in adj[u]:
            if cap[e] and not seen[v]:
                d = dfs(v, min(f, cap[e]), seen)
                if d:
                    cap[e] -= d
                    return d
        return 0

    flow = 0
    while True:
        f = dfs(s, float("inf"), [False] * (n + 1))
        if not f:
            break
        flow += f
    print(flow)


main()
