import math


class Solution:
    def classify(self, X, y, tests):
        # A linear model (logistic regression, i.e. a network with no hidden layer):
        # cannot represent circles, rings or XOR.
        w = [0.0, 0.0]
        b = 0.0
        for epoch in range(200):
            for x, t in zip(X, y):
                z = w[0] * x[0] + w[1] * x[1] + b
                p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
                g = 0.1 * (p - t)
                w[0] -= g * x[0]
                w[1] -= g * x[1]
                b -= g
        return [1 if w[0] * x[0] + w[1] * x[1] + b > 0 else 0 for x in tests]
