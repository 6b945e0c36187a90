# Mistake: "KMP" that resets to 0 on a mismatch instead of following the failure links.
class Solution:
    def findOccurrences(self, text, pattern):
        m = len(pattern)
        res = []
        k = 0
        for i, ch in enumerate(text):
            if ch == pattern[k]:
                k += 1
            else:
                k = 1 if ch == pattern[0] else 0
            if k == m:
                res.append(i - m + 1)
                k = 0
        return res
