# Correct pair, but returns 0-based indices.
class Solution:
    def twoSum(self, numbers, target):
        lo, hi = 0, len(numbers) - 1
        while lo < hi:
            s = numbers[lo] + numbers[hi]
            if s == target:
                return [lo, hi]
            if s < target:
                lo += 1
            else:
                hi -= 1
        return []
