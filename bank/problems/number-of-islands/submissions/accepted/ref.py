class Solution:
    """Scan the grid; each unvisited land cell starts a flood fill (iterative DFS with an explicit stack)."""

    def numIslands(self, grid):
        m, n = len(grid), len(grid[0])
        seen = [bytearray(n) for _ in range(m)]
        islands = 0
        for i in range(m):
            row = grid[i]
            for j in range(n):
                if row[j] != "1" or seen[i][j]:
                    continue
                islands += 1
                seen[i][j] = 1
                stack = [(i, j)]
                while stack:
                    r, c = stack.pop()
                    for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                        if 0 <= rr < m and 0 <= cc < n and not seen[rr][cc] and grid[rr][cc] == "1":
                            seen[rr][cc] = 1
                            stack.append((rr, cc))
        return islands
