from itertools import combinations


class Solution:
    def maximize(self, c, A, b):
        # Brute force over all vertices: choose which n of the n+m constraints are tight
        # (C(n+m, n) systems of n equations). Exponential. Unboundedness: add the box
        # sum(x) <= 1e9; an optimum beyond 1e7 can only come from an unbounded ray.
        A = [list(r) for r in A] + [[1.0] * len(c)]
        b = list(b) + [1e9]
        m, n = len(A), len(c)
        rows = [list(map(float, A[i])) + [float(b[i])] for i in range(m)]
        rows += [[1.0 if j == k else 0.0 for j in range(n)] + [0.0] for k in range(n)]   # x_k = 0
        best = None
        for tight in combinations(range(n + m), n):
            M = [rows[i][:] for i in tight]
            ok = True
            for col in range(n):                                  # Gauss-Jordan
                p = max(range(col, n), key=lambda r: abs(M[r][col]))
                if abs(M[p][col]) < 1e-12:
                    ok = False
                    break
                M[col], M[p] = M[p], M[col]
                pv = M[col][col]
                M[col] = [v / pv for v in M[col]]
                for r in range(n):
                    if r != col and M[r][col] != 0:
                        f = M[r][col]
                        M[r] = [v - f * w for v, w in zip(M[r], M[col])]
            if not ok:
                continue
            x = [M[k][n] for k in range(n)]
            if min(x) < -1e-9 or any(sum(a * v for a, v in zip(A[i], x)) > b[i] + 1e-9 for i in range(m)):
                continue
            val = sum(ci * xi for ci, xi in zip(c, x))
            best = val if best is None else max(best, val)
        return -1.0 if best > 1e7 else best
