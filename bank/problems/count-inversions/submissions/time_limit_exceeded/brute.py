class Solution:
    def countInversions(self, nums: List[int]) -> int:
        n = len(nums)
        cnt = 0
        for i in range(n):
            a = nums[i]
            for j in range(i + 1, n):
                if a > nums[j]:
                    cnt += 1
        return cnt
