class Solution:
    def maxValue(self, weights, values, capacity):
        # Tries all 2^n subsets (with pruning on weight only).
        n = len(weights)
        best = 0

        def go(i, cap, val):
            nonlocal best
            if i == n:
                best = max(best, val)
                return
            if weights[i] <= cap:
                go(i + 1, cap - weights[i], val + values[i])
            go(i + 1, cap, val)

        go(0, capacity, 0)
        return best
