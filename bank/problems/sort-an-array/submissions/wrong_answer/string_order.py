# Compares the numbers as strings (like JavaScript's default sort): "-1" < "-10" < "0" < "10" < "7".
class Solution:
    def sortArray(self, nums):
        return sorted(nums, key=str)
