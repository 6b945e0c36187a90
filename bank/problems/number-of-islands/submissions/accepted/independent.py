"""Independent solution written from the statement alone: iterative flood fill (explicit stack, 4-neighbourhood) over a flattened padded grid, O(mn)."""
from typing import List


class Solution:
    def numIslands(self, grid: List[str]) -> int:
        m = len(grid)
        if m == 0:
            return 0
        n = len(grid[0])
        W = n + 1                      # one water column of padding on the right
        # flattened grid with a padding row of water above and below
        land = bytearray(W * (m + 2))
        for i, row in enumerate(grid):
            base = (i + 1) * W
            land[base:base + n] = row.encode().translate(bytes.maketrans(b"01", b"\x00\x01"))
        count = 0
        start = W
        end = W * (m + 1)
        find = land.find
        pos = find(1, start, end)
        while pos != -1:
            count += 1
            land[pos] = 0
            stack = [pos]
            pop = stack.pop
            push = stack.append
            while stack:
                c = pop()
                for d in (c - 1, c + 1, c - W, c + W):
                    if land[d]:
                        land[d] = 0
                        push(d)
            pos = find(1, pos + 1, end)
        return count
