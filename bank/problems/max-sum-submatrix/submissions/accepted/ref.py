class Solution:
    def maxSubmatrixSum(self, matrix: List[List[int]]) -> int:
        # Fix the top and bottom rows; the column sums between them form a 1-D array
        # whose best subarray (Kadane) is the best submatrix for that row band.
        if len(matrix) > len(matrix[0]):                  # iterate pairs over the shorter side
            matrix = [list(col) for col in zip(*matrix)]
        n, m = len(matrix), len(matrix[0])
        best = max(max(row) for row in matrix)
        for top in range(n):
            col = [0] * m
            for bottom in range(top, n):
                row = matrix[bottom]
                col = [c + r for c, r in zip(col, row)]
                cur = 0
                for x in col:                             # Kadane, empty prefix allowed
                    cur = cur + x if cur > 0 else x
                    if cur > best:
                        best = cur
        return best
