# Mistake: assumes the walk cycles back to the very first position (ignores the tail of the "rho").
class Solution:
    def finalPosition(self, grid, instructions, repeat):
        R, C = len(grid), len(grid[0])
        pos = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
        delta = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}

        def one_pass(p):
            r, c = p
            for ch in instructions:
                dr, dc = delta[ch]
                nr, nc = (r + dr) % R, (c + dc) % C
                if grid[nr][nc] != "#":
                    r, c = nr, nc
            return r, c

        hist = [pos]
        seen = {pos}
        while len(hist) <= repeat:
            nxt = one_pass(hist[-1])
            if nxt in seen:
                return list(hist[repeat % len(hist)])
            seen.add(nxt)
            hist.append(nxt)
        return list(hist[repeat])
