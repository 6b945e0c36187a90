class Solution:
    def twoSum(self, nums, target):
        seen = {}  # value -> index of an earlier occurrence
        for j, x in enumerate(nums):
            i = seen.get(target - x)
            if i is not None:
                return [i, j]
            seen[x] = j
        return []
