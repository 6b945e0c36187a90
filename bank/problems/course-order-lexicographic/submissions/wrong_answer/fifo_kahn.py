# Mistake: Kahn's algorithm with a FIFO queue gives a valid order, not the smallest one.
from collections import deque


class Solution:
    def smallestOrder(self, n, rules):
        adj = [[] for _ in range(n)]
        indeg = [0] * n
        for a, b in rules:
            adj[a].append(b)
            indeg[b] += 1
        q = deque(v for v in range(n) if indeg[v] == 0)
        order = []
        while q:
            u = q.popleft()
            order.append(u)
            for v in adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
        return order if len(order) == n else []
