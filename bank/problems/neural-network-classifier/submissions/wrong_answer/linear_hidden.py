import random


class Solution:
    def classify(self, X, y, tests):
        # Bug: hidden layer without a non-linearity. A stack of linear layers is still linear,
        # so this is no better than logistic regression.
        rng = random.Random(1)
        H = 16
        W1 = [[rng.gauss(0, 0.5) for _ in range(2)] for _ in range(H)]
        W2 = [rng.gauss(0, 0.25) for _ in range(H)]
        b2 = 0.0
        import math
        for epoch in range(40):
            for x, t in zip(X, y):
                a = [W1[j][0] * x[0] + W1[j][1] * x[1] for j in range(H)]
                z = sum(w * v for w, v in zip(W2, a)) + b2
                z = max(-30.0, min(30.0, z))
                p = 1 / (1 + math.exp(-z))
                g = 0.05 * (p - t)
                for j in range(H):
                    gj = g * W2[j]
                    W2[j] -= g * a[j]
                    W1[j][0] -= gj * x[0]
                    W1[j][1] -= gj * x[1]
                b2 -= g
        out = []
        for x in tests:
            a = [W1[j][0] * x[0] + W1[j][1] * x[1] for j in range(H)]
            out.append(1 if sum(w * v for w, v in zip(W2, a)) + b2 > 0 else 0)
        return out
