class Solution:
    def maximize(self, c: List[float], A: List[List[float]], b: List[float]) -> float:
        # Exact simplex: every entry is a multiple of 0.5, so doubling makes them integers, and
        # the tableau is kept in integers by fraction-free pivoting (each entry is the true value
        # times the common denominator D, the previous pivot; every division below is exact).
        # No rounding, so no tolerance can pick a wrong pivot. Entering column: the most negative
        # reduced cost (Dantzig: few pivots); after a degenerate pivot (the objective did not
        # move), Bland's rule (smallest index), which cannot cycle, until the objective moves.
        # b >= 0, so the slack basis x = 0 is feasible and no phase 1 is needed.
        m, n = len(A), len(c)
        width = n + m + 1
        T = []
        for i in range(m):
            row = [round(2 * v) for v in A[i]] + [0] * m + [round(2 * b[i])]
            row[n + i] = 1
            T.append(row)
        z = [-round(2 * v) for v in c] + [0] * (m + 1)    # row 0: z - c x = 0 (times 2)
        basis = [n + i for i in range(m)]
        D = 1
        bland = False
        while True:
            if bland:
                enter = next((j for j in range(width - 1) if z[j] < 0), -1)
            else:
                enter, low = -1, 0
                for j in range(width - 1):
                    if z[j] < low:
                        enter, low = j, z[j]
            if enter < 0:
                # row entries are scaled by D; slack columns were scaled by 1 at the start, the
                # A, b, c values by 2: the objective is z[-1] / D / 2 (c doubled, b doubled,
                # A doubled: x unchanged, c x doubled)
                return z[-1] / D / 2
            leave = -1
            for i in range(m):
                a = T[i][enter]
                if a > 0:
                    if leave < 0:
                        leave = i
                        continue
                    # compare T[i][-1] / a with T[leave][-1] / T[leave][enter] exactly
                    lhs = T[i][-1] * T[leave][enter]
                    rhs = T[leave][-1] * a
                    if lhs < rhs or (lhs == rhs and basis[i] < basis[leave]):
                        leave = i
            if leave < 0:
                return -1.0                                    # unbounded direction
            piv = T[leave][enter]
            prow = T[leave]
            for i in range(m):
                if i != leave:
                    row = T[i]
                    f = row[enter]
                    T[i] = [(v * piv - f * r) // D for v, r in zip(row, prow)]
            f = z[enter]
            before = z[-1] * piv  # the objective, on the new denominator
            z = [(v * piv - f * r) // D for v, r in zip(z, prow)]
            bland = z[-1] * D == before  # degenerate: the objective did not move
            D = piv
            basis[leave] = enter
