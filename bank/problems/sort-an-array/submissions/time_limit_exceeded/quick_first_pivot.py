import sys


class Solution:
    """Lomuto partition around the first element: O(n^2) and depth n on sorted input."""

    def sortArray(self, nums):
        sys.setrecursionlimit(10 ** 6)
        a = list(nums)

        def quick(lo, hi):
            if lo >= hi:
                return
            p = a[lo]
            m = lo
            for i in range(lo + 1, hi + 1):
                if a[i] < p:
                    m += 1
                    a[m], a[i] = a[i], a[m]
            a[lo], a[m] = a[m], a[lo]
            quick(lo, m - 1)
            quick(m + 1, hi)

        quick(0, len(a) - 1)
        return a
