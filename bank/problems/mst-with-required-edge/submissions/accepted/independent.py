"""Independent solution written from the statement alone: Kruskal MST (weight W), then for each edge (u,v,w) answer W - maxEdgeOnTreePath(u,v) + w, using binary lifting over the MST (max-weight jump tables)."""


class Solution:
    def minTreeWithEdge(self, n, edges):
        m = len(edges)
        order = sorted(range(m), key=lambda i: edges[i][2])
        parent = list(range(n))

        def find(x):
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        adj = [[] for _ in range(n)]
        total = 0
        used = 0
        for i in order:
            u, v, w = edges[i]
            ru, rv = find(u), find(v)
            if ru != rv:
                parent[ru] = rv
                total += w
                adj[u].append((v, w))
                adj[v].append((u, w))
                used += 1
                if used == n - 1:
                    break

        # root the tree at 0 with an iterative BFS
        par = [0] * n
        pw = [0] * n
        depth = [0] * n
        seen = [False] * n
        seen[0] = True
        q = [0]
        for x in q:
            for y, w in adj[x]:
                if not seen[y]:
                    seen[y] = True
                    par[y] = x
                    pw[y] = w
                    depth[y] = depth[x] + 1
                    q.append(y)

        LOG = max(1, (n - 1).bit_length())
        up = [par]
        mx = [pw]
        for k in range(1, LOG):
            pu = up[-1]
            pm = mx[-1]
            nu = [pu[pu[x]] for x in range(n)]
            nm = [pm[x] if pm[x] >= pm[pu[x]] else pm[pu[x]] for x in range(n)]
            up.append(nu)
            mx.append(nm)

        def path_max(u, v):
            best = 0
            if depth[u] < depth[v]:
                u, v = v, u
            diff = depth[u] - depth[v]
            k = 0
            while diff:
                if diff & 1:
                    t = mx[k][u]
                    if t > best:
                        best = t
                    u = up[k][u]
                diff >>= 1
                k += 1
            if u == v:
                return best
            for k in range(LOG - 1, -1, -1):
                uk = up[k]
                if uk[u] != uk[v]:
                    t = mx[k][u]
                    if t > best:
                        best = t
                    t = mx[k][v]
                    if t > best:
                        best = t
                    u = uk[u]
                    v = uk[v]
            t = pw[u]
            if t > best:
                best = t
            t = pw[v]
            if t > best:
                best = t
            return best

        res = []
        for u, v, w in edges:
            res.append(total - path_max(u, v) + w)
        return res
