import math


class Solution:
    def trainStep(self, W1, b1, W2, b2, X, y, lr):
        # Bug: tanh'(z) computed as 1 - z^2 from the pre-activation z instead of 1 - tanh(z)^2.
        h, d, B = len(W1), len(W1[0]), len(X)
        gW1 = [[0.0] * d for _ in range(h)]
        gb1, gW2, gb2, loss = [0.0] * h, [0.0] * h, 0.0, 0.0
        for x, t in zip(X, y):
            z1 = [sum(w * v for w, v in zip(W1[j], x)) + b1[j] for j in range(h)]
            a1 = [math.tanh(z) for z in z1]
            z2 = sum(w * a for w, a in zip(W2, a1)) + b2
            loss += max(z2, 0.0) - t * z2 + math.log1p(math.exp(-abs(z2)))
            p = 1.0 / (1.0 + math.exp(-z2)) if z2 >= 0 else math.exp(z2) / (1.0 + math.exp(z2))
            dz2 = (p - t) / B
            gb2 += dz2
            for j in range(h):
                gW2[j] += dz2 * a1[j]
                dz1 = dz2 * W2[j] * (1.0 - z1[j] * z1[j])
                gb1[j] += dz1
                for k in range(d):
                    gW1[j][k] += dz1 * x[k]
        return [[loss / B], [W1[j][k] - lr * gW1[j][k] for j in range(h) for k in range(d)],
                [b1[j] - lr * gb1[j] for j in range(h)], [W2[j] - lr * gW2[j] for j in range(h)], [b2 - lr * gb2]]
