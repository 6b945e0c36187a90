from bisect import bisect_left


class Solution:
    def lcsLength(self, a, b):
        pos = {v: i for i, v in enumerate(a)}
        tails = []  # tails[k] = smallest possible last position of an increasing run of length k+1
        for x in b:
            p = pos.get(x)
            if p is None:
                continue
            k = bisect_left(tails, p)
            if k == len(tails):
                tails.append(p)
            else:
                tails[k] = p
        return len(tails)
