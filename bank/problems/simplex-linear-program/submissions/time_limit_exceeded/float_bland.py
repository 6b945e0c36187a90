"""Floating-point tableau with Bland's rule and a fixed tolerance (the bank's first reference):
right on random and mildly degenerate programs, but on the degenerate 50x48 programs of tests
13 and 14 (entries +-0.5 and +-1000, many b_i = 0) rounding makes Bland's rule wander: no answer
within the limit (nor in two minutes). Exact arithmetic (accepted/ref.py) needs 0.1 s."""
EPS = 1e-9


class Solution:
    def maximize(self, c: List[int], A: List[List[int]], b: List[int]) -> float:
        # Tableau simplex with Bland's rule (smallest index enters / leaves): never cycles.
        # b >= 0, so the slack basis x = 0 is feasible and no phase 1 is needed.
        m, n = len(A), len(c)
        T = [[float(v) for v in A[i]] + [1.0 if j == i else 0.0 for j in range(m)] + [float(b[i])] for i in range(m)]
        z = [float(-v) for v in c] + [0.0] * m + [0.0]     # row 0: z - c x = 0
        basis = [n + i for i in range(m)]
        while True:
            enter = next((j for j in range(n + m) if z[j] < -EPS), -1)
            if enter < 0:
                return z[-1]                                   # optimal
            leave, best = -1, None
            for i in range(m):
                a = T[i][enter]
                if a > EPS:
                    ratio = T[i][-1] / a
                    if best is None or ratio < best - EPS or (abs(ratio - best) <= EPS and basis[i] < basis[leave]):
                        leave, best = i, ratio
            if leave < 0:
                return -1.0                                    # unbounded direction
            piv = T[leave][enter]
            row = [v / piv for v in T[leave]]
            T[leave] = row
            for i in range(m):
                if i != leave and abs(T[i][enter]) > EPS:
                    f = T[i][enter]
                    T[i] = [v - f * r for v, r in zip(T[i], row)]
            f = z[enter]
            z = [v - f * r for v, r in zip(z, row)]
            basis[leave] = enter
