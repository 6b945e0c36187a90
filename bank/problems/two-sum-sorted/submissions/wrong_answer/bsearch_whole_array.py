# Binary-searches the complement in the whole array and can land on position i itself.
from bisect import bisect_left


class Solution:
    def twoSum(self, numbers, target):
        for i, x in enumerate(numbers):
            j = bisect_left(numbers, target - x)
            if j < len(numbers) and numbers[j] == target - x:
                return [min(i, j) + 1, max(i, j) + 1]
        return []
