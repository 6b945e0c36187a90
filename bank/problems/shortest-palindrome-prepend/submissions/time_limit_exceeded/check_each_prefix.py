# O(n^2): test every prefix, longest first, with two pointers.
class Solution:
    def shortestPalindrome(self, s):
        n = len(s)
        for length in range(n, 0, -1):
            i, j = 0, length - 1
            while i < j and s[i] == s[j]:
                i += 1
                j -= 1
            if i >= j:
                return s[length:][::-1] + s
        return s
