"""Independent solution written from the statement alone: scan left to right, Fenwick tree over the sorted distinct values counts earlier nums[i] > 2*nums[j] (bisect for the threshold), O(n log n)."""
from bisect import bisect_right
from typing import List


class Solution:
    def reversePairs(self, nums: List[int]) -> int:
        vals = sorted(set(nums))
        m = len(vals)
        rank = {v: i + 1 for i, v in enumerate(vals)}   # 1-based Fenwick index
        tree = [0] * (m + 1)
        total = 0
        seen = 0
        for x in nums:
            # count earlier values v with v > 2*x  ==  seen - #(earlier v <= 2*x)
            p = bisect_right(vals, 2 * x)
            c = 0
            while p > 0:
                c += tree[p]
                p &= p - 1
            total += seen - c
            i = rank[x]
            while i <= m:
                tree[i] += 1
                i += i & (-i)
            seen += 1
        return total
