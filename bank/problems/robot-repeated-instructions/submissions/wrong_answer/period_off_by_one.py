# Mistake: the cycle length is computed one too long (counts both ends of the cycle).
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

        seen = {}
        done = 0
        while done < repeat:
            if pos in seen:
                period = done - seen[pos] + 1
                for _ in range((repeat - done) % period):
                    pos = one_pass(pos)
                return list(pos)
            seen[pos] = done
            pos = one_pass(pos)
            done += 1
        return list(pos)
