# Off-by-one in the comparison: uses bisect_left, so equal elements are counted as inversions.
from bisect import bisect_left
from functools import partial


class Solution:
    def countInversions(self, nums: List[int]) -> int:
        runs = [[x] for x in nums]
        total = 0
        while len(runs) > 1:
            nxt = []
            for k in range(0, len(runs) - 1, 2):
                left, right = runs[k], runs[k + 1]
                total += len(left) * len(right) - sum(map(partial(bisect_left, left), right))
                merged = left + right
                merged.sort()
                nxt.append(merged)
            if len(runs) % 2:
                nxt.append(runs[-1])
            runs = nxt
        return total
