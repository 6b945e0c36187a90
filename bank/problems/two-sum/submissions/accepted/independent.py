"""Independent solution written from the statement alone: one pass with a hash map value -> earlier index; for each i look up target - nums[i]; O(n)."""
from typing import List


class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        where = {}
        for i, x in enumerate(nums):
            j = where.get(target - x)
            if j is not None:
                return [j, i]
            if x not in where:
                where[x] = i
        return []
