class Solution:
    def permuteUnique(self, nums):
        # Backtracking over the multiset {value: remaining count}: at each
        # position every distinct value is tried once, so no duplicate is ever built.
        counts = {}
        for x in nums:
            counts[x] = counts.get(x, 0) + 1
        values = sorted(counts)
        n = len(nums)
        cur = []
        out = []

        def place():
            if len(cur) == n:
                out.append(cur[:])
                return
            for v in values:
                if counts[v]:
                    counts[v] -= 1
                    cur.append(v)
                    place()
                    cur.pop()
                    counts[v] += 1

        place()
        return out
