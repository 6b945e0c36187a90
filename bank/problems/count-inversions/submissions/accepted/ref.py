from bisect import bisect_right
from functools import partial


class Solution:
    def countInversions(self, nums: List[int]) -> int:
        # Bottom-up merge sort. For two sorted runs L and R, every r in R forms an
        # inversion with each element of L greater than r: len(L) - bisect_right(L, r).
        runs = [[x] for x in nums]
        total = 0
        while len(runs) > 1:
            nxt = []
            for k in range(0, len(runs) - 1, 2):
                left, right = runs[k], runs[k + 1]
                total += len(left) * len(right) - sum(map(partial(bisect_right, left), right))
                merged = left + right
                merged.sort()          # Timsort merges the two sorted runs in linear time
                nxt.append(merged)
            if len(runs) % 2:
                nxt.append(runs[-1])
            runs = nxt
        return total
