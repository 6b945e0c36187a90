# Mistake: takes the most valuable items first instead of the best value per unit of weight.
class Solution:
    def maxValue(self, weights, values, capacity):
        order = sorted(range(len(weights)), key=lambda i: values[i], reverse=True)
        total = 0.0
        for i in order:
            take = min(weights[i], capacity)
            total += values[i] * take / weights[i]
            capacity -= take
        return total
