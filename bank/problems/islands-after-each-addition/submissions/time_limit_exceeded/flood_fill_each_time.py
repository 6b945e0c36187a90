class Solution:
    def islandsAfterEach(self, m, n, positions):
        # Naive: after every addition, count islands again with a BFS over the grid.
        land = [[False] * n for _ in range(m)]
        res = []
        for r, c in positions:
            land[r][c] = True
            seen = [[False] * n for _ in range(m)]
            count = 0
            for i in range(m):
                for j in range(n):
                    if land[i][j] and not seen[i][j]:
                        count += 1
                        seen[i][j] = True
                        stack = [(i, j)]
                        while stack:
                            x, y = stack.pop()
                            for xx, yy in ((x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)):
                                if 0 <= xx < m and 0 <= yy < n and land[xx][yy] and not seen[xx][yy]:
                                    seen[xx][yy] = True
                                    stack.append((xx, yy))
            res.append(count)
        return res
