EPS = 1e-9


class Solution:
    def maximize(self, c, A, b):
        # Bug: when no row limits the entering variable it just stops and reports the
        # current objective value instead of "unbounded".
        m, n = len(A), len(c)
        T = [[float(v) for v in A[i]] + [1.0 if j == i else 0.0 for j in range(m)] + [float(b[i])] for i in range(m)]
        z = [float(-v) for v in c] + [0.0] * m + [0.0]
        basis = [n + i for i in range(m)]
        while True:
            enter = next((j for j in range(n + m) if z[j] < -EPS), -1)
            if enter < 0:
                return z[-1]
            leave, best = -1, None
            for i in range(m):
                a = T[i][enter]
                if a > EPS:
                    r = T[i][-1] / a
                    if best is None or r < best - EPS or (abs(r - best) <= EPS and basis[i] < basis[leave]):
                        leave, best = i, r
            if leave < 0:
                return z[-1]
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
