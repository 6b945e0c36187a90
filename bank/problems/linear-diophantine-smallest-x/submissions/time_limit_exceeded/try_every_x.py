# Brute force over x = 0, 1, ..., b/g - 1: O(b) steps.
from math import gcd


class Solution:
    def smallestX(self, a, b, c):
        if c % gcd(a, b):
            return -1
        x = 0
        while (c - a * x) % b:
            x += 1
        return x
