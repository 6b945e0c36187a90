from collections import deque


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
                    q = deque([(i, j)])
                    while q:
                        r, c = q.popleft()
                        for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                            if 0 <= rr < m and 0 <= cc < n and not seen[rr][cc] and grid[rr][cc] == "1":
                                seen[rr][cc] = True
                                q.append((rr, cc))
        return count
