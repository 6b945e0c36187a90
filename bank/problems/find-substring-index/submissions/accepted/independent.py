"""Independent solution written from the statement alone: KMP (prefix function of the pattern, then one scan of the text), O(|text| + |pattern|)."""


class Solution:
    def firstIndex(self, text: str, pattern: str) -> int:
        m = len(pattern)
        if m == 0:
            return 0
        n = len(text)
        if m > n:
            return -1
        # failure function: fail[i] = length of the longest proper border of pattern[:i+1]
        fail = [0] * m
        k = 0
        for i in range(1, m):
            c = pattern[i]
            while k and pattern[k] != c:
                k = fail[k - 1]
            if pattern[k] == c:
                k += 1
            fail[i] = k
        k = 0
        for i in range(n):
            c = text[i]
            while k and pattern[k] != c:
                k = fail[k - 1]
            if pattern[k] == c:
                k += 1
                if k == m:
                    return i - m + 1
        return -1
