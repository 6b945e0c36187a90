# Mistake: adds the characters at the end (longest palindromic suffix) instead of the front.
class Solution:
    def shortestPalindrome(self, s):
        r = s[::-1]
        t = r + "#" + s
        pi = [0] * len(t)
        k = 0
        for i in range(1, len(t)):
            while k and t[i] != t[k]:
                k = pi[k - 1]
            if t[i] == t[k]:
                k += 1
            pi[i] = k
        keep = pi[-1] if s else 0
        return s + s[: len(s) - keep][::-1]
