from bisect import bisect_right
from itertools import repeat


class Solution:
    def reversePairs(self, nums):
        # Merge-sort style divide and conquer: pairs inside each half are counted
        # recursively; for pairs across the halves both halves are sorted, and for
        # each y on the right we need #{x on the left : x > 2y}.
        def solve(a):
            n = len(a)
            if n <= 1:
                return a, 0
            left, cl = solve(a[:n // 2])
            right, cr = solve(a[n // 2:])
            below = sum(map(bisect_right, repeat(left), [2 * y for y in right]))
            cross = len(left) * len(right) - below
            return sorted(left + right), cl + cr + cross  # timsort merges two runs in O(n)

        return solve(list(nums))[1]
