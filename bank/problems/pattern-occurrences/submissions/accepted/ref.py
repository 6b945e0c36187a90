class Solution:
    def findOccurrences(self, text: str, pattern: str) -> List[int]:
        m = len(pattern)
        # fail[i]: length of the longest proper border of pattern[:i+1]
        fail = [0] * m
        k = 0
        for i in range(1, m):
            while k and pattern[i] != pattern[k]:
                k = fail[k - 1]
            if pattern[i] == pattern[k]:
                k += 1
            fail[i] = k
        res = []
        k = 0
        for i, ch in enumerate(text):
            while k and ch != pattern[k]:
                k = fail[k - 1]
            if ch == pattern[k]:
                k += 1
            if k == m:
                res.append(i - m + 1)
                k = fail[k - 1]  # keep the border: overlapping matches
        return res
