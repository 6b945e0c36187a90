class Solution:
    def longestCommonSubsequence(self, text1, text2):
        if len(text1) < len(text2):
            text1, text2 = text2, text1          # keep the row over the shorter string
        m = len(text2)
        prev = [0] * (m + 1)
        for c in text1:
            cur = [0] * (m + 1)
            for j in range(m):
                if c == text2[j]:
                    cur[j + 1] = prev[j] + 1
                else:
                    cur[j + 1] = cur[j] if cur[j] > prev[j + 1] else prev[j + 1]
            prev = cur
        return prev[m]
