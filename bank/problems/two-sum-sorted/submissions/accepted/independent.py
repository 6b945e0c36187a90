"""Independent solution written from the statement alone: two pointers from both ends of the sorted array, O(n) time, O(1) extra space."""
from typing import List


class Solution:
    def twoSum(self, numbers: List[int], target: int) -> List[int]:
        i, j = 0, len(numbers) - 1
        while i < j:
            t = numbers[i] + numbers[j]
            if t == target:
                return [i + 1, j + 1]
            if t < target:
                i += 1
            else:
                j -= 1
        return []
