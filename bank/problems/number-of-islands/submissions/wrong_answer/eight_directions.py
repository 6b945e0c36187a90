# Connects diagonal neighbours too.
class Solution:
    def numIslands(self, grid):
        m, n = len(grid), len(grid[0])
        seen = [[False] * n for _ in range(m)]
        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == "1" and not seen[i][j]:
                    count += 1
                    seen[i][j] = True
                    stack = [(i, j)]
                    while stack:
                        r, c = stack.pop()
                        for dr in (-1, 0, 1):
                            for dc in (-1, 0, 1):
                                rr, cc = r + dr, c + dc
                                if 0 <= rr < m and 0 <= cc < n and not seen[rr][cc] and grid[rr][cc] == "1":
                                    seen[rr][cc] = True
                                    stack.append((rr, cc))
        return count
