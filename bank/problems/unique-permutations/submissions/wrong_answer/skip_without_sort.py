class Solution:
    def permuteUnique(self, nums):
        # Mistake: the "skip a value equal to its left neighbour" rule only
        # removes duplicates when equal values are adjacent, i.e. after sorting.
        n = len(nums)
        used = [False] * n
        cur, out = [], []

        def place():
            if len(cur) == n:
                out.append(cur[:])
                return
            for i in range(n):
                if used[i]:
                    continue
                if i > 0 and nums[i] == nums[i - 1] and not used[i - 1]:
                    continue
                used[i] = True
                cur.append(nums[i])
                place()
                cur.pop()
                used[i] = False

        place()
        return out
