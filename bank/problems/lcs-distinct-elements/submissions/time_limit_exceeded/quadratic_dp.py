class Solution:
    def lcsLength(self, a, b):
        m = len(b)
        prev = [0] * (m + 1)
        for x in a:
            cur = [0] * (m + 1)
            for j in range(m):
                cur[j + 1] = prev[j] + 1 if x == b[j] else max(cur[j], prev[j + 1])
            prev = cur
        return prev[m]
