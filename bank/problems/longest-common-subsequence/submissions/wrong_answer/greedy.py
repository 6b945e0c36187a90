# Greedy: match each character of text1 with the next occurrence in text2.
class Solution:
    def longestCommonSubsequence(self, text1, text2):
        j = 0
        count = 0
        for c in text1:
            k = text2.find(c, j)
            if k != -1:
                count += 1
                j = k + 1
        return count
