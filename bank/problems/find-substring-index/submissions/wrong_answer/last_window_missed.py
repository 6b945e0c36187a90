# Mistake: off-by-one in the loop bound, the last window text[n-m:] is never tried.
class Solution:
    def firstIndex(self, text, pattern):
        n, m = len(text), len(pattern)
        if m == 0:
            return 0
        last = {c: i for i, c in enumerate(pattern)}
        s = 0
        while s < n - m:
            j = m - 1
            while j >= 0 and pattern[j] == text[s + j]:
                j -= 1
            if j < 0:
                return s
            s += max(1, j - last.get(text[s + j], -1))
        return -1
