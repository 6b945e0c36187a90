import random


class Solution:
    """Quick sort with a random pivot and three-way partitioning (< pivot, == pivot, > pivot).

    Recurses on the smaller side and loops on the larger, so the stack depth is O(log n)."""

    def sortArray(self, nums):
        a = list(nums)
        rng = random.Random(12345)

        def quick(lo, hi):                   # sorts a[lo..hi]
            while lo < hi:
                p = a[rng.randint(lo, hi)]
                lt, i, gt = lo, lo, hi
                while i <= gt:
                    x = a[i]
                    if x < p:
                        a[lt], a[i] = x, a[lt]
                        lt += 1
                        i += 1
                    elif x > p:
                        a[gt], a[i] = x, a[gt]
                        gt -= 1
                    else:
                        i += 1
                if lt - lo < hi - gt:
                    quick(lo, lt - 1)
                    lo = gt + 1
                else:
                    quick(gt + 1, hi)
                    hi = lt - 1

        quick(0, len(a) - 1)
        return a
