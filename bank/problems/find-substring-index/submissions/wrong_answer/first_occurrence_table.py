# Mistake: the bad-character table keeps the FIRST occurrence of each character instead of the
# last, so shifts are too long and some matches are jumped over.
class Solution:
    def firstIndex(self, text, pattern):
        n, m = len(text), len(pattern)
        if m == 0:
            return 0
        first = {}
        for i, c in enumerate(pattern):
            first.setdefault(c, i)
        s = 0
        while s <= n - m:
            j = m - 1
            while j >= 0 and pattern[j] == text[s + j]:
                j -= 1
            if j < 0:
                return s
            s += max(1, j - first.get(text[s + j], -1))
        return -1
