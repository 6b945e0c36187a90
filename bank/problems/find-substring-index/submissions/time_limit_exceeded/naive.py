# Brute force, left to right at every alignment: O(n * m).
class Solution:
    def firstIndex(self, text, pattern):
        n, m = len(text), len(pattern)
        for s in range(n - m + 1):
            j = 0
            while j < m and text[s + j] == pattern[j]:
                j += 1
            if j == m:
                return s
        return -1
