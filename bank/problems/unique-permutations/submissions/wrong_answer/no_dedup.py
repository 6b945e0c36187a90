class Solution:
    def permuteUnique(self, nums):
        # Mistake: plain permutations of positions; equal values give repeats.
        n = len(nums)
        used = [False] * n
        cur, out = [], []

        def place():
            if len(cur) == n:
                out.append(cur[:])
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    cur.append(nums[i])
                    place()
                    cur.pop()
                    used[i] = False

        place()
        return out
