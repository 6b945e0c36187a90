"""Independent solution written from the statement alone: greedy by value density (sort by values[i]/weights[i] descending), take whole kinds while they fit, then a fraction of the next; exact integer/Fraction arithmetic."""
from fractions import Fraction
from functools import cmp_to_key


class Solution:
    def maxValue(self, weights, values, capacity):
        n = len(weights)
        cap = int(capacity)
        if n == 0 or cap <= 0:
            return 0.0
        if sum(weights) <= cap:
            return float(sum(values))

        def cmp(i, j):
            # density i > density j  <=>  v_i * w_j > v_j * w_i ; put denser first
            a = values[i] * weights[j]
            b = values[j] * weights[i]
            if a > b:
                return -1
            if a < b:
                return 1
            return 0

        order = sorted(range(n), key=cmp_to_key(cmp))
        total = 0  # integer value of fully taken kinds
        left = cap
        for i in order:
            w = weights[i]
            if w <= left:
                total += values[i]
                left -= w
                if left == 0:
                    break
            else:
                return float(Fraction(total) + Fraction(values[i] * left, w))
        return float(total)
