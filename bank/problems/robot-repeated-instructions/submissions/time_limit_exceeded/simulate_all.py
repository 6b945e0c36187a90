# Direct simulation of every pass: O(repeat * |s|).
class Solution:
    def finalPosition(self, grid, instructions, repeat):
        R, C = len(grid), len(grid[0])
        r, c = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
        delta = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
        for _ in range(repeat):
            for ch in instructions:
                dr, dc = delta[ch]
                nr, nc = (r + dr) % R, (c + dc) % C
                if grid[nr][nc] != "#":
                    r, c = nr, nc
        return [r, c]
