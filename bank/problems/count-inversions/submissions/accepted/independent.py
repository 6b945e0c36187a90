"""Independent solution written from the statement alone: coordinate-compress values, scan right to left with a Fenwick tree counting strictly smaller elements already seen (O(n log n))."""
from typing import List


class Solution:
    def countInversions(self, nums: List[int]) -> int:
        n = len(nums)
        if n < 2:
            return 0
        vals = sorted(set(nums))
        rank = {v: i + 1 for i, v in enumerate(vals)}
        size = len(vals)
        tree = [0] * (size + 1)
        total = 0
        for idx in range(n - 1, -1, -1):
            r = rank[nums[idx]]
            # count of seen elements with rank <= r-1 (strictly smaller)
            i = r - 1
            s = 0
            while i > 0:
                s += tree[i]
                i &= i - 1
            total += s
            i = r
            while i <= size:
                tree[i] += 1
                i += i & (-i)
        return total
