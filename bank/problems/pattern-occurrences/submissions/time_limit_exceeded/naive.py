# Brute force: compare the pattern at every position, O(n * m).
class Solution:
    def findOccurrences(self, text, pattern):
        n, m = len(text), len(pattern)
        res = []
        for i in range(n - m + 1):
            j = 0
            while j < m and text[i + j] == pattern[j]:
                j += 1
            if j == m:
                res.append(i)
        return res
