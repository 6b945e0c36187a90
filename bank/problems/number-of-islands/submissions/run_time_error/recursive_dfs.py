# Recursive flood fill: the 500x500 snake needs a recursion depth of ~125000 (RecursionError,
# or a C stack overflow when the limit is raised).
class Solution:
    def numIslands(self, grid):
        m, n = len(grid), len(grid[0])
        seen = set()

        def dfs(r, c):
            if r < 0 or r >= m or c < 0 or c >= n or grid[r][c] != "1" or (r, c) in seen:
                return
            seen.add((r, c))
            dfs(r + 1, c)
            dfs(r - 1, c)
            dfs(r, c + 1)
            dfs(r, c - 1)

        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] == "1" and (i, j) not in seen:
                    dfs(i, j)
                    count += 1
        return count
