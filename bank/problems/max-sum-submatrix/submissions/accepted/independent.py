"""Independent solution written from the statement alone: fix a band of rows (of the shorter side), keep column sums, Kadane via prefix sums minus running prefix minimum; O(min(n,m)^2 * max(n,m)) with C-level itertools loops."""
from itertools import accumulate, islice
from operator import add, sub
from typing import List


class Solution:
    def maxSubmatrixSum(self, matrix: List[List[int]]) -> int:
        rows = [list(r) for r in matrix]
        if len(rows) > len(rows[0]):
            rows = [list(c) for c in zip(*rows)]  # make the band dimension the shorter one
        n = len(rows)
        best = None
        for top in range(n):
            col = [0] * len(rows[0])
            for bottom in range(top, n):
                col = list(map(add, col, rows[bottom]))
                # best non-empty subarray of col = max_j (P[j+1] - min_{i<=j} P[i]), P = prefix sums with P[0]=0
                pref = list(accumulate(col, initial=0))
                cand = max(map(sub, islice(pref, 1, None), accumulate(pref, min)))
                if best is None or cand > best:
                    best = cand
        return best
