"""Independent solution written from the statement alone: KMP failure function of s, then match reversed(s) against s to get the longest palindromic prefix; prepend the reversed remainder, O(n)."""


class Solution:
    def shortestPalindrome(self, s: str) -> str:
        n = len(s)
        if n <= 1:
            return s
        p = s.encode()
        # prefix function of s
        fail = [0] * n
        k = 0
        for i in range(1, n):
            c = p[i]
            while k and p[k] != c:
                k = fail[k - 1]
            if p[k] == c:
                k += 1
            fail[i] = k
        # run the KMP automaton of s over reversed(s); final state = longest prefix of s
        # that is a suffix of reversed(s) = longest palindromic prefix of s
        r = p[::-1]
        k = 0
        for c in r:
            while k and p[k] != c:
                k = fail[k - 1]
            if p[k] == c:
                k += 1
                if k == n:
                    # only possible at the very last character (s itself is a palindrome)
                    break
        return s[k:][::-1] + s
