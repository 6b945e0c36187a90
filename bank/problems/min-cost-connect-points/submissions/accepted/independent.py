"""Independent solution written from the statement alone: dense Prim's algorithm on the complete Manhattan-distance graph, O(n^2) with list-wide distance updates."""


class Solution:
    def minCostConnectPoints(self, points):
        n = len(points)
        if n <= 1:
            return 0
        # remaining (not yet in tree) points and their best distance to the tree
        xs = [p[0] for p in points[1:]]
        ys = [p[1] for p in points[1:]]
        px, py = points[0]
        dist = [abs(x - px) + abs(y - py) for x, y in zip(xs, ys)]
        total = 0
        while dist:
            j = min(range(len(dist)), key=dist.__getitem__)
            total += dist[j]
            px, py = xs[j], ys[j]
            # remove j by swapping with the last element
            last = len(dist) - 1
            xs[j], ys[j], dist[j] = xs[last], ys[last], dist[last]
            xs.pop(); ys.pop(); dist.pop()
            dist = [d if d <= (e := abs(x - px) + abs(y - py)) else e
                    for d, x, y in zip(dist, xs, ys)]
        return total
