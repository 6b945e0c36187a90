# Computes the longest common SUBSTRING (contiguous) instead of subsequence.
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        m = len(text2)
        prev = [0] * (m + 1)
        best = 0
        for c in text1:
            cur = [0] * (m + 1)
            for j in range(m):
                if c == text2[j]:
                    cur[j + 1] = prev[j] + 1
                    best = max(best, cur[j + 1])
            prev = cur
        return best
