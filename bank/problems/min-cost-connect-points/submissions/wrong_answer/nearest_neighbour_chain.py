class Solution:
    def minCostConnectPoints(self, points):
        # Mistake: walks a path, always going from the *last* point to its
        # nearest unvisited point. That is a TSP heuristic, not a spanning tree:
        # a new point should attach to the nearest point of the whole tree.
        n = len(points)
        seen = [False] * n
        seen[0] = True
        cur = 0
        total = 0
        for _ in range(n - 1):
            best, bj = None, -1
            for j in range(n):
                if not seen[j]:
                    d = abs(points[cur][0] - points[j][0]) + abs(points[cur][1] - points[j][1])
                    if best is None or d < best:
                        best, bj = d, j
            seen[bj] = True
            total += best
            cur = bj
        return total
