# Mistake: prefix function of s + reverse(s) without a separator; the border can be longer than s.
class Solution:
    def shortestPalindrome(self, s):
        t = s + s[::-1]
        pi = [0] * len(t)
        k = 0
        for i in range(1, len(t)):
            while k and t[i] != t[k]:
                k = pi[k - 1]
            if t[i] == t[k]:
                k += 1
            pi[i] = k
        keep = pi[-1] if s else 0
        return s[keep:][::-1] + s
