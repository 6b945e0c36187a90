"""Independent solution written from the statement alone: KMP prefix function of the pattern, then a linear scan of the text reporting every (overlapping) match; O(|text| + |pattern|)."""
from typing import List


class Solution:
    def findOccurrences(self, text: str, pattern: str) -> List[int]:
        m = len(pattern)
        n = len(text)
        if m > n:
            return []
        pi = [0] * m
        k = 0
        for i in range(1, m):
            c = pattern[i]
            while k and pattern[k] != c:
                k = pi[k - 1]
            if pattern[k] == c:
                k += 1
            pi[i] = k
        res = []
        k = 0
        for i in range(n):
            c = text[i]
            while k and pattern[k] != c:
                k = pi[k - 1]
            if pattern[k] == c:
                k += 1
                if k == m:
                    res.append(i - m + 1)
                    k = pi[k - 1]
        return res
