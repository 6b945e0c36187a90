# Mistake: 0/1 thinking - stops at the first item that does not fit instead of taking a part of it.
class Solution:
    def maxValue(self, weights, values, capacity):
        order = sorted(range(len(weights)), key=lambda i: values[i] / weights[i], reverse=True)
        total = 0
        for i in order:
            if weights[i] > capacity:
                break
            capacity -= weights[i]
            total += values[i]
        return float(total)
