"""Independent solution written from the statement alone: exact primal simplex on a condensed fraction-free integer tableau (Bareiss / lrs-style integer pivoting, data doubled to integers) from the slack basis, Dantzig's entering rule + lexicographic leaving rule (never cycles, no rounding); O(pivots * m * n) big-int ops."""
from fractions import Fraction
from typing import List


def _twice(v) -> int:
    # entries are multiples of 0.5, so 2*v is an exact integer
    if isinstance(v, int):
        return 2 * v
    return int(Fraction(v) * 2)


class Solution:
    def maximize(self, c: List[float], A: List[List[float]], b: List[float]) -> float:
        n = len(c)
        m = len(A)
        # Equivalent integer problem: max Z = 2c.x  s.t.  2A x + s = 2b,  x, s >= 0  (Z is twice the answer).
        # Variables 0..n-1 are x, n..n+m-1 are the slacks.
        # Condensed tableau, true value = T / D (D > 0 common denominator):
        #   row i:   x_{basis[i]} + sum_j t[i][j] * x_{nb[j]} = t[i][n]
        #   obj row: Z + sum_j o[j] * x_{nb[j]} = o[n]
        T = [[_twice(v) for v in A[i]] + [_twice(b[i])] for i in range(m)]
        O = [-_twice(v) for v in c] + [0]
        D = 1
        basis = [n + i for i in range(m)]
        nb = list(range(n))
        # where a slack lives: row index if basic (>= 0), or ~column if nonbasic (< 0)
        slack_at = list(range(m))
        R = n  # rhs column

        while True:
            # entering column: Dantzig's rule (most negative objective-row entry)
            e = -1
            best = 0
            for j in range(n):
                if O[j] < best:
                    best = O[j]
                    e = j
            if e < 0:
                break  # optimal
            # leaving row: exact minimum ratio; ties broken lexicographically on
            # (rhs, row of B^{-1}) / pivot-entry -> guaranteed termination
            l = -1
            for i in range(m):
                a = T[i][e]
                if a <= 0:
                    continue
                if l < 0:
                    l = i
                    continue
                ri = T[i]
                rl = T[l]
                al = rl[e]
                lhs = ri[R] * al
                rhs = rl[R] * a
                if lhs < rhs:
                    l = i
                elif lhs == rhs:
                    for k in range(m):
                        w = slack_at[k]
                        if w >= 0:  # slack k basic in row w: B^{-1} column k is D * unit(w)
                            vi = D if w == i else 0
                            vl = D if w == l else 0
                        else:
                            q = ~w
                            vi = ri[q]
                            vl = rl[q]
                        lhs = vi * al
                        rhs = vl * a
                        if lhs != rhs:
                            if lhs < rhs:
                                l = i
                            break
            if l < 0:
                return -1.0  # improving direction with no blocking row: unbounded
            prow = T[l]
            p = prow[e]
            for i in range(m):
                if i == l:
                    continue
                row = T[i]
                f = row[e]
                if f:
                    nr = [(p * x - f * y) // D for x, y in zip(row, prow)]
                    nr[e] = -f
                    T[i] = nr
                elif p != D:
                    T[i] = [p * x // D for x in row]
            f = O[e]
            if f:
                O = [(p * x - f * y) // D for x, y in zip(O, prow)]
                O[e] = -f
            elif p != D:
                O = [p * x // D for x in O]
            prow[e] = D
            D = p
            # swap roles: x_{nb[e]} becomes basic in row l, x_{basis[l]} becomes nonbasic at column e
            leaving = basis[l]
            entering = nb[e]
            basis[l] = entering
            nb[e] = leaving
            if leaving >= n:
                slack_at[leaving - n] = ~e
            if entering >= n:
                slack_at[entering - n] = l
        return float(Fraction(O[R], 2 * D))
