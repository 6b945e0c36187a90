import math


class Solution:
    def trainStep(self, W1: List[List[float]], b1: List[float], W2: List[float], b2: float,
                  X: List[List[float]], y: List[int], lr: float) -> List[List[float]]:
        h, d, B = len(W1), len(W1[0]), len(X)
        gW1 = [[0.0] * d for _ in range(h)]
        gb1 = [0.0] * h
        gW2 = [0.0] * h
        gb2 = 0.0
        loss = 0.0
        for x, t in zip(X, y):
            # forward
            a1 = [math.tanh(sum(w * v for w, v in zip(W1[j], x)) + b1[j]) for j in range(h)]
            z2 = sum(w * a for w, a in zip(W2, a1)) + b2
            # stable BCE: -[t log s(z) + (1-t) log(1-s(z))] = max(z,0) - t z + log(1 + e^-|z|)
            loss += max(z2, 0.0) - t * z2 + math.log1p(math.exp(-abs(z2)))
            p = 1.0 / (1.0 + math.exp(-z2)) if z2 >= 0 else math.exp(z2) / (1.0 + math.exp(z2))
            # backward (dL/dz2 = p - t for sigmoid + BCE), averaged over the batch
            dz2 = (p - t) / B
            gb2 += dz2
            for j in range(h):
                gW2[j] += dz2 * a1[j]
                dz1 = dz2 * W2[j] * (1.0 - a1[j] * a1[j])     # tanh' = 1 - tanh^2
                gb1[j] += dz1
                row = gW1[j]
                for k in range(d):
                    row[k] += dz1 * x[k]
        loss /= B
        newW1 = [W1[j][k] - lr * gW1[j][k] for j in range(h) for k in range(d)]
        newb1 = [b1[j] - lr * gb1[j] for j in range(h)]
        newW2 = [W2[j] - lr * gW2[j] for j in range(h)]
        return [[loss], newW1, newb1, newW2, [b2 - lr * gb2]]
