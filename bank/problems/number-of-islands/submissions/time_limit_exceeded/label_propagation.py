# Brute force: give every land cell its own label, then sweep the grid again and again, replacing
# each label by the smallest label among its land neighbours, until nothing changes.
# Correct, but needs about as many sweeps as the longest path inside an island: O((mn)^2) on a snake.
class Solution:
    def numIslands(self, grid):
        m, n = len(grid), len(grid[0])
        label = [[i * n + j if grid[i][j] == "1" else -1 for j in range(n)] for i in range(m)]
        changed = True
        while changed:
            changed = False
            for i in range(m):
                for j in range(n):
                    cur = label[i][j]
                    if cur < 0:
                        continue
                    best = cur
                    for r, c in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= r < m and 0 <= c < n and 0 <= label[r][c] < best:
                            best = label[r][c]
                    if best < cur:
                        label[i][j] = best
                        changed = True
        return len({x for row in label for x in row if x >= 0})
