class Solution:
    def minCostConnectPoints(self, points):
        # Naive Prim: every step rescans all (tree, non-tree) pairs: O(n^3).
        n = len(points)
        tree = [0]
        rest = set(range(1, n))
        total = 0
        while rest:
            best, bv = None, -1
            for u in tree:
                ux, uy = points[u]
                for v in rest:
                    d = abs(ux - points[v][0]) + abs(uy - points[v][1])
                    if best is None or d < best:
                        best, bv = d, v
            total += best
            tree.append(bv)
            rest.remove(bv)
        return total
