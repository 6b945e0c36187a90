class Solution:
    def minCostConnectPoints(self, points):
        # Dense Prim: the complete graph has n^2/2 edges, so an O(n^2) array
        # version beats both a heap and Kruskal.
        x0, y0 = points[0]
        rx = [p[0] for p in points[1:]]
        ry = [p[1] for p in points[1:]]
        rd = [abs(x - x0) + abs(y - y0) for x, y in zip(rx, ry)]
        total = 0
        while rd:
            i = rd.index(min(rd))
            total += rd[i]
            px, py = rx[i], ry[i]
            rx[i], ry[i], rd[i] = rx[-1], ry[-1], rd[-1]
            rx.pop()
            ry.pop()
            rd.pop()
            rd = [d if d < (e := abs(x - px) + abs(y - py)) else e for d, x, y in zip(rd, rx, ry)]
        return total
