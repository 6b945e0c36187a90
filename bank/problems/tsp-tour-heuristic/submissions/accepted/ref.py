import math


class Solution:
    def tspTour(self, points: List[List[int]]) -> List[int]:
        # Nearest-neighbour construction, then 2-opt local search restricted to the K nearest
        # neighbours of each city (first improvement, until no improving move is left).
        n = len(points)
        if n <= 3:
            return list(range(n))
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]

        def dist(a, b):
            return math.hypot(xs[a] - xs[b], ys[a] - ys[b])

        K = min(10, n - 1)
        neigh = []
        for a in range(n):
            ds = sorted(range(n), key=lambda b: (xs[a] - xs[b]) ** 2 + (ys[a] - ys[b]) ** 2)
            neigh.append([b for b in ds if b != a][:K])     # duplicates may sort before a

        # nearest neighbour tour
        seen = [False] * n
        tour = [0]
        seen[0] = True
        for _ in range(n - 1):
            a = tour[-1]
            nxt = next((b for b in neigh[a] if not seen[b]), None)
            if nxt is None:
                nxt = min((b for b in range(n) if not seen[b]), key=lambda b: dist(a, b))
            seen[nxt] = True
            tour.append(nxt)

        pos = [0] * n
        for i, c in enumerate(tour):
            pos[c] = i
        improved = True
        while improved:
            improved = False
            for i in range(n):
                a, b = tour[i], tour[(i + 1) % n]
                dab = dist(a, b)
                for c in neigh[a]:
                    if dist(a, c) >= dab:
                        break                               # neighbours are sorted: no gain beyond
                    j = pos[c]
                    d = tour[(j + 1) % n]
                    if c == b or c == a or d == a:
                        continue
                    delta = dist(a, c) + dist(b, d) - dab - dist(c, d)
                    if delta < -1e-9:
                        # reverse the segment b..c (positions i+1..j, cyclically)
                        lo, hi = (i + 1) % n, j
                        length = (hi - lo) % n + 1
                        for k in range(length // 2):
                            p, q = (lo + k) % n, (hi - k) % n
                            tour[p], tour[q] = tour[q], tour[p]
                            pos[tour[p]] = p
                            pos[tour[q]] = q
                        improved = True
                        a, b = tour[i], tour[(i + 1) % n]
                        dab = dist(a, b)
        return tour
