# O(n^2): scans all remaining items for the best ratio before every pick.
class Solution:
    def maxValue(self, weights, values, capacity):
        n = len(weights)
        used = [False] * n
        total = 0.0
        while capacity > 0:
            best = -1
            for i in range(n):
                if not used[i] and (best < 0 or values[i] * weights[best] > values[best] * weights[i]):
                    best = i
            if best < 0:
                break
            used[best] = True
            take = min(weights[best], capacity)
            total += values[best] * take / weights[best]
            capacity -= take
        return total
