import random


class Solution:
    """Iterative quickselect with a random pivot and three-way partitioning."""

    def findKthLargest(self, nums, k):
        a = list(nums)
        target = len(a) - k            # index of the answer in ascending order
        lo, hi = 0, len(a) - 1
        rng = random.Random(99)
        while True:
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
            if target < lt:
                hi = lt - 1
            elif target > gt:
                lo = gt + 1
            else:
                return p
