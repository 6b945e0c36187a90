"""Independent solution written from the statement alone: map each b[j] to its position in a (skip absent values), then the answer is the longest strictly increasing subsequence of those positions (patience sorting with bisect), O((n + m) log n)."""
from bisect import bisect_left
from typing import List


class Solution:
    def lcsLength(self, a: List[int], b: List[int]) -> int:
        pos = {v: i for i, v in enumerate(a)}
        tails = []  # tails[k] = smallest possible last position of an increasing run of length k+1
        for v in b:
            p = pos.get(v)
            if p is None:
                continue
            k = bisect_left(tails, p)  # strictly increasing: equal positions cannot extend
            if k == len(tails):
                tails.append(p)
            else:
                tails[k] = p
        return len(tails)
