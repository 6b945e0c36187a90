"""Independent solution written from the statement alone: online union-find (path halving + union by size) over the m*n cells, island count adjusted per addition, O(m*n + k*alpha)."""
from typing import List


class Solution:
    def islandsAfterEach(self, m: int, n: int, positions: List[List[int]]) -> List[int]:
        total = m * n
        parent = [-1] * total      # -1: water; otherwise parent pointer
        size = [0] * total
        count = 0
        res = []

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for r, c in positions:
            idx = r * n + c
            if parent[idx] != -1:
                res.append(count)
                continue
            parent[idx] = idx
            size[idx] = 1
            count += 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < m and 0 <= nc < n:
                    j = nr * n + nc
                    if parent[j] != -1:
                        a = find(idx)
                        b = find(j)
                        if a != b:
                            if size[a] < size[b]:
                                a, b = b, a
                            parent[b] = a
                            size[a] += size[b]
                            count -= 1
            res.append(count)
        return res
