class Solution:
    def expectedRolls(self, n, jumps):
        # Bug: a roll that overshoots the last cell is treated as reaching it.
        jump = dict((a, b) for a, b in jumps)
        size = n - 1
        M = [[0.0] * (size + 1) for _ in range(size)]
        for i in range(1, n):
            M[i - 1][i - 1] += 1.0
            M[i - 1][size] = 1.0
            for k in range(1, 7):
                j = min(i + k, n)
                j = jump.get(j, j)
                if j != n:
                    M[i - 1][j - 1] -= 1 / 6
        for c in range(size):
            p = max(range(c, size), key=lambda r: abs(M[r][c]))
            M[c], M[p] = M[p], M[c]
            pr = [v / M[c][c] for v in M[c]]
            M[c] = pr
            for r in range(size):
                if r != c and M[r][c]:
                    f = M[r][c]
                    M[r] = [a - f * b for a, b in zip(M[r], pr)]
        return M[0][size] if size else 0.0
