class Solution:
    def permuteUnique(self, nums):
        # Naive: generate all n! arrangements of positions, then de-duplicate
        # with a set. n! = 479001600 for n = 12, however few are distinct.
        n = len(nums)
        seen = set()
        used = [False] * n
        cur = []

        def place():
            if len(cur) == n:
                seen.add(tuple(cur))
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    cur.append(nums[i])
                    place()
                    cur.pop()
                    used[i] = False

        place()
        return [list(p) for p in seen]
