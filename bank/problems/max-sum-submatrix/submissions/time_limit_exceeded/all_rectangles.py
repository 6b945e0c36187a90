class Solution:
    def maxSubmatrixSum(self, matrix: List[List[int]]) -> int:
        # O(n^2 m^2): 2-D prefix sums and every rectangle.
        n, m = len(matrix), len(matrix[0])
        P = [[0] * (m + 1) for _ in range(n + 1)]
        for i in range(n):
            for j in range(m):
                P[i + 1][j + 1] = matrix[i][j] + P[i][j + 1] + P[i + 1][j] - P[i][j]
        best = None
        for r1 in range(n):
            for r2 in range(r1 + 1, n + 1):
                A, Bp = P[r2], P[r1]
                for c1 in range(m):
                    base = A[c1] - Bp[c1]
                    for c2 in range(c1 + 1, m + 1):
                        s = A[c2] - Bp[c2] - base
                        if best is None or s > best:
                            best = s
        return best
