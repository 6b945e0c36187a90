class Solution:
    def minTreeWithEdge(self, n, edges):
        m = len(edges)
        # 1. Kruskal
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        adj = [[] for _ in range(n)]
        mst = 0
        for i in sorted(range(m), key=lambda i: edges[i][2]):
            u, v, w = edges[i]
            a, b = find(u), find(v)
            if a != b:
                parent[a] = b
                mst += w
                adj[u].append((v, w))
                adj[v].append((u, w))
        # 2. root the tree at 0 (BFS): parent, depth, weight of the edge to the parent
        LOG = max(1, (n - 1).bit_length())
        up0 = [0] * n
        mx0 = [0] * n
        depth = [0] * n
        seen = [False] * n
        seen[0] = True
        order = [0]
        for u in order:
            for v, w in adj[u]:
                if not seen[v]:
                    seen[v] = True
                    up0[v] = u
                    mx0[v] = w
                    depth[v] = depth[u] + 1
                    order.append(v)
        # 3. binary lifting: up[k][v] = 2^k-th ancestor, mx[k][v] = max edge on that climb
        up = [up0]
        mx = [mx0]
        for k in range(1, LOG):
            pu, pm = up[-1], mx[-1]
            up.append([pu[pu[v]] for v in range(n)])
            mx.append([pm[v] if pm[v] > pm[pu[v]] else pm[pu[v]] for v in range(n)])

        def path_max(u, v):
            best = 0
            if depth[u] < depth[v]:
                u, v = v, u
            diff = depth[u] - depth[v]
            k = 0
            while diff:
                if diff & 1:
                    if mx[k][u] > best:
                        best = mx[k][u]
                    u = up[k][u]
                diff >>= 1
                k += 1
            if u == v:
                return best
            for k in range(LOG - 1, -1, -1):
                if up[k][u] != up[k][v]:
                    best = max(best, mx[k][u], mx[k][v])
                    u, v = up[k][u], up[k][v]
            return max(best, mx0[u], mx0[v])

        return [mst - path_max(u, v) + w for u, v, w in edges]
