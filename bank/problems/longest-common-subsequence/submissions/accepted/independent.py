"""Independent solution written from the statement alone: bit-parallel LCS (Allison-Dix / Crochemore row update on Python big integers), O(|text1| * |text2| / wordsize)."""


class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        n = len(text1)
        full = (1 << n) - 1
        match = {}
        for i, ch in enumerate(text1):
            match[ch] = match.get(ch, 0) | (1 << i)
        v = full   # zero bits of v mark the positions of text1 used by the current DP row
        for ch in text2:
            mk = match.get(ch)
            if mk is None:
                continue
            u = v & mk
            v = ((v + u) | (v - u)) & full
        return n - bin(v).count("1")
