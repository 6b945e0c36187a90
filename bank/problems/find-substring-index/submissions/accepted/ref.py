class Solution:
    def firstIndex(self, text: str, pattern: str) -> int:
        """Boyer-Moore: right-to-left comparison, shift by max(bad character, good suffix)."""
        n, m = len(text), len(pattern)
        if m == 0:
            return 0
        if m > n:
            return -1
        last = {c: i for i, c in enumerate(pattern)}  # last occurrence of each character
        # suff[i]: length of the longest substring ending at i that is also a suffix of pattern
        suff = [0] * m
        suff[m - 1] = m
        g, f = m - 1, m - 1
        for i in range(m - 2, -1, -1):
            if i > g and suff[i + m - 1 - f] < i - g:
                suff[i] = suff[i + m - 1 - f]
            else:
                g = min(g, i)
                f = i
                while g >= 0 and pattern[g] == pattern[g + m - 1 - f]:
                    g -= 1
                suff[i] = f - g
        # good[j]: shift when the mismatch happens at pattern[j] (pattern[j+1:] matched)
        good = [m] * m
        j = 0
        for i in range(m - 1, -1, -1):
            if suff[i] == i + 1:  # pattern[:i+1] is a border: case "prefix matches suffix"
                while j < m - 1 - i:
                    if good[j] == m:
                        good[j] = m - 1 - i
                    j += 1
        for i in range(m - 1):  # case "the matched suffix occurs again inside pattern"
            good[m - 1 - suff[i]] = m - 1 - i
        s = 0
        while s <= n - m:
            j = m - 1
            while j >= 0 and pattern[j] == text[s + j]:
                j -= 1
            if j < 0:
                return s
            s += max(good[j], j - last.get(text[s + j], -1))
        return -1
