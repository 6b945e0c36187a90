# Mistake: the split item's value is computed with integer division.
class Solution:
    def maxValue(self, weights, values, capacity):
        order = sorted(range(len(weights)), key=lambda i: values[i] / weights[i], reverse=True)
        total = 0
        for i in order:
            if weights[i] <= capacity:
                capacity -= weights[i]
                total += values[i]
            else:
                total += values[i] * capacity // weights[i]
                break
        return float(total)
