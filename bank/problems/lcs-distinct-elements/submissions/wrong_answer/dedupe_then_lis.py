# Removes repeated values of b first (keeping the first occurrence): a later copy may be the useful one.
from bisect import bisect_left


class Solution:
    def lcsLength(self, a, b):
        pos = {v: i for i, v in enumerate(a)}
        seen = set()
        tails = []
        for x in b:
            if x not in pos or x in seen:
                continue
            seen.add(x)
            k = bisect_left(tails, pos[x])
            if k == len(tails):
                tails.append(pos[x])
            else:
                tails[k] = pos[x]
        return len(tails)
