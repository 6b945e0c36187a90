# O(n^2 + m): every step scans all courses for the smallest available one.
class Solution:
    def smallestOrder(self, n, rules):
        adj = [[] for _ in range(n)]
        indeg = [0] * n
        for a, b in rules:
            adj[a].append(b)
            indeg[b] += 1
        taken = [False] * n
        order = []
        for _ in range(n):
            u = -1
            for v in range(n):
                if not taken[v] and indeg[v] == 0:
                    u = v
                    break
            if u < 0:
                return []
            taken[u] = True
            order.append(u)
            for v in adj[u]:
                indeg[v] -= 1
        return order
