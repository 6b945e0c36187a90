class Solution:
    def expectedRolls(self, n: int, jumps: List[List[int]]) -> float:
        # E[i] = 1 + 1/6 * sum_k E[land(i, k)] for i < n, E[n] = 0: a linear system,
        # solved by Gaussian elimination with partial pivoting (the chain has cycles via snakes).
        jump = {a: b for a, b in jumps}

        def land(i, k):
            j = i + k
            if j > n:
                return i                     # overshoot: stay
            return jump.get(j, j)

        size = n - 1                         # unknowns E[1..n-1]
        M = [[0.0] * (size + 1) for _ in range(size)]
        for i in range(1, n):
            row = M[i - 1]
            row[i - 1] += 1.0
            row[size] = 1.0
            for k in range(1, 7):
                j = land(i, k)
                if j != n:
                    row[j - 1] -= 1.0 / 6.0
        for col in range(size):
            p = max(range(col, size), key=lambda r: abs(M[r][col]))
            M[col], M[p] = M[p], M[col]
            piv = M[col][col]
            prow = [v / piv for v in M[col]]
            M[col] = prow
            for r in range(size):
                if r != col:
                    f = M[r][col]
                    if f != 0.0:
                        M[r] = [a - f * b for a, b in zip(M[r], prow)]
        return M[0][size] if size else 0.0
