class Solution:
    def twoSum(self, nums, target):
        order = sorted(range(len(nums)), key=nums.__getitem__)
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            s = nums[order[lo]] + nums[order[hi]]
            if s == target:
                return [order[lo], order[hi]]
            if s < target:
                lo += 1
            else:
                hi -= 1
        return []
