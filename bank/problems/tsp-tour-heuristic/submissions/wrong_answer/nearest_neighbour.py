import math


class Solution:
    def tspTour(self, points):
        # Construction heuristic only (no local search): typically ~25% above optimal.
        n = len(points)
        seen = [False] * n
        tour = [0]
        seen[0] = True
        for _ in range(n - 1):
            a = points[tour[-1]]
            b = min((i for i in range(n) if not seen[i]), key=lambda i: math.dist(a, points[i]))
            seen[b] = True
            tour.append(b)
        return tour
