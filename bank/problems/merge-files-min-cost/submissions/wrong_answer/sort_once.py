# Mistake: sorts once and merges left to right; the merged file is not put back in order.
class Solution:
    def minMergeCost(self, sizes):
        s = sorted(sizes)
        if len(s) < 2:
            return 0
        cost = 0
        acc = s[0]
        for x in s[1:]:
            acc += x
            cost += acc
        return cost
