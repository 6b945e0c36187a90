class Solution:
    """Bit-parallel LCS (Allison-Dix / Hyyro): one big-integer step per character of text1."""

    def longestCommonSubsequence(self, text1, text2):
        m = len(text2)
        match = {}
        for j, c in enumerate(text2):
            match[c] = match.get(c, 0) | (1 << j)
        full = (1 << m) - 1
        v = full                      # zero bits of v mark the columns where the LCS row increases
        for c in text1:
            u = v & match.get(c, 0)
            v = ((v + u) | (v - u)) & full
        return m - bin(v).count("1")
