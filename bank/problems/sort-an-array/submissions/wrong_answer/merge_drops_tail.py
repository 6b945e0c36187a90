# Top-down merge sort whose merge copies the rest of the LEFT half but forgets the right half.
class Solution:
    def sortArray(self, nums):
        if len(nums) <= 1:
            return list(nums)
        mid = len(nums) // 2
        left, right = self.sortArray(nums[:mid]), self.sortArray(nums[mid:])
        out = []
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                out.append(left[i])
                i += 1
            else:
                out.append(right[j])
                j += 1
        out.extend(left[i:])
        return out
