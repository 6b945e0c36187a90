class Solution:
    def minTreeWithEdge(self, n, edges):
        # Naive: for every edge, run Kruskal again with that edge forced in. O(m^2).
        m = len(edges)
        order = sorted(range(m), key=lambda i: edges[i][2])
        res = []
        for forced in range(m):
            parent = list(range(n))

            def find(x):
                while parent[x] != x:
                    parent[x] = parent[parent[x]]
                    x = parent[x]
                return x

            u, v, w = edges[forced]
            parent[u] = v
            total = w
            for i in order:
                a, b = find(edges[i][0]), find(edges[i][1])
                if a != b:
                    parent[a] = b
                    total += edges[i][2]
            res.append(total)
        return res
