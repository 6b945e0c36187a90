# Greedy: start from the first element and take every element larger than the last one taken.
class Solution:
    def lengthOfLIS(self, nums):
        count, last = 1, nums[0]
        for x in nums[1:]:
            if x > last:
                count += 1
                last = x
        return count
