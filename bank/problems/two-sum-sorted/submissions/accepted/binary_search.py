from bisect import bisect_left


class Solution:
    def twoSum(self, numbers, target):
        n = len(numbers)
        for i in range(n):
            # search only to the right of i, so position i is never reused
            j = bisect_left(numbers, target - numbers[i], i + 1)
            if j < n and numbers[j] == target - numbers[i]:
                return [i + 1, j + 1]
        return []
