class Solution:
    def finalPosition(self, grid: List[str], instructions: str, repeat: int) -> List[int]:
        R, C = len(grid), len(grid[0])
        pos = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
        delta = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
        moves = [delta[ch] for ch in instructions]

        def one_pass(p):
            r, c = p
            for dr, dc in moves:
                nr, nc = (r + dr) % R, (c + dc) % C
                if grid[nr][nc] != "#":
                    r, c = nr, nc
            return r, c

        # the position after each pass is a function of the position before it, so the sequence
        # of positions is eventually periodic: a tail followed by a cycle
        seen = {}
        done = 0
        while done < repeat:
            if pos in seen:
                period = done - seen[pos]
                for _ in range((repeat - done) % period):
                    pos = one_pass(pos)
                return list(pos)
            seen[pos] = done
            pos = one_pass(pos)
            done += 1
        return list(pos)
