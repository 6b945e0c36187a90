class Solution:
    def maxSubmatrixSum(self, matrix: List[List[int]]) -> int:
        # Bug: Kadane started at 0 treats the empty submatrix as a candidate (answer >= 0).
        n, m = len(matrix), len(matrix[0])
        best = 0
        for top in range(n):
            col = [0] * m
            for bottom in range(top, n):
                col = [c + r for c, r in zip(col, matrix[bottom])]
                cur = 0
                for x in col:
                    cur = max(0, cur + x)
                    best = max(best, cur)
        return best
