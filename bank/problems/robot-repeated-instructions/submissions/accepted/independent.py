"""Independent solution written from the statement alone: simulate whole passes of the instructions, recording the position after each pass; positions form a functional graph on <= R*C cells, so detect the cycle and jump with modular arithmetic. O(R*C*|s|)."""
from typing import List


class Solution:
    def finalPosition(self, grid: List[str], instructions: str, repeat: int) -> List[int]:
        R = len(grid)
        C = len(grid[0])
        sr = sc = 0
        for r in range(R):
            c = grid[r].find('S')
            if c >= 0:
                sr, sc = r, c
                break
        moves = {'U': (-1, 0), 'D': (1, 0), 'L': (0, -1), 'R': (0, 1)}
        steps = [moves[ch] for ch in instructions]

        def one_pass(r, c):
            for dr, dc in steps:
                nr = (r + dr) % R
                nc = (c + dc) % C
                if grid[nr][nc] != '#':
                    r, c = nr, nc
            return r, c

        seen = {}  # position -> pass index at which it was the position (after that many passes)
        hist = []
        pos = (sr, sc)
        k = 0
        while True:
            if k == repeat:
                return [pos[0], pos[1]]
            if pos in seen:
                start = seen[pos]
                period = k - start
                idx = start + (repeat - start) % period
                p = hist[idx]
                return [p[0], p[1]]
            seen[pos] = k
            hist.append(pos)
            pos = one_pass(*pos)
            k += 1
