import math


class Solution:
    def tspTour(self, points):
        # Bug: deduplicates coordinates and forgets cities that share a location.
        first = {}
        for i, p in enumerate(points):
            first.setdefault(tuple(p), i)
        ids = list(first.values())
        tour = [ids[0]]
        left = set(ids[1:])
        while left:
            a = points[tour[-1]]
            b = min(left, key=lambda i: math.dist(a, points[i]))
            left.remove(b)
            tour.append(b)
        return tour
