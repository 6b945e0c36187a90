# bisect_right computes the longest NON-DECREASING subsequence: a repeated value in b is counted twice.
from bisect import bisect_right


class Solution:
    def lcsLength(self, a, b):
        pos = {v: i for i, v in enumerate(a)}
        tails = []
        for x in b:
            if x not in pos:
                continue
            p = pos[x]
            k = bisect_right(tails, p)
            if k == len(tails):
                tails.append(p)
            else:
                tails[k] = p
        return len(tails)
