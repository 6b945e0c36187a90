# Builds the whole map first and forgets that the partner must be another position.
class Solution:
    def twoSum(self, nums, target):
        pos = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in pos:
                return [i, pos[target - x]]
        return []
