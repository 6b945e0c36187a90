"""Independent solution written from the statement alone: meet in the middle - enumerate all subset (weight, value) pairs of each half, sort one half by weight with prefix-maximum values, binary-search the best partner for every subset of the other half, O(2^(n/2) * n)."""
from bisect import bisect_right
from itertools import accumulate


def _subsets(ws, vs):
    W = [0]
    V = [0]
    for w, v in zip(ws, vs):
        W = W + [x + w for x in W]
        V = V + [x + v for x in V]
    return W, V


class Solution:
    def maxValue(self, weights, values, capacity):
        n = len(weights)
        h = n // 2
        W1, V1 = _subsets(weights[:h], values[:h])
        W2, V2 = _subsets(weights[h:], values[h:])
        order = sorted(range(len(W2)), key=W2.__getitem__)
        sw = [W2[i] for i in order]
        best_v = list(accumulate((V2[i] for i in order), max))
        best = 0
        for w, v in zip(W1, V1):
            rem = capacity - w
            if rem < 0:
                continue
            j = bisect_right(sw, rem)
            if j:  # j >= 1 always, since the empty subset has weight 0
                t = v + best_v[j - 1]
                if t > best:
                    best = t
        return best
