"""Independent solution written from the statement alone: forward pass per sample, stable BCE loss = softplus(z2) - y*z2, hand-derived backprop (dL/dz2 = (p - y)/B), one SGD step; O(B*h*d)."""
import math
from typing import List


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _softplus(z: float) -> float:
    # log(1 + e^z), computed without overflow
    return max(z, 0.0) + math.log1p(math.exp(-abs(z)))


class Solution:
    def trainStep(self, W1: List[List[float]], b1: List[float], W2: List[float], b2: float,
                  X: List[List[float]], y: List[int], lr: float) -> List[List[float]]:
        h = len(W1)
        d = len(W1[0]) if h else 0
        B = len(X)
        gW1 = [[0.0] * d for _ in range(h)]
        gb1 = [0.0] * h
        gW2 = [0.0] * h
        gb2 = 0.0
        loss = 0.0
        for x, yi in zip(X, y):
            a1 = [math.tanh(sum(w * xv for w, xv in zip(W1[j], x)) + b1[j]) for j in range(h)]
            z2 = sum(W2[j] * a1[j] for j in range(h)) + b2
            # -[y log p + (1-y) log(1-p)] = softplus(z2) - y*z2
            loss += _softplus(z2) - yi * z2
            dz2 = (_sigmoid(z2) - yi) / B
            gb2 += dz2
            for j in range(h):
                gW2[j] += dz2 * a1[j]
                dz1 = dz2 * W2[j] * (1.0 - a1[j] * a1[j])
                gb1[j] += dz1
                row = gW1[j]
                for k in range(d):
                    row[k] += dz1 * x[k]
        loss /= B
        W1n = [W1[j][k] - lr * gW1[j][k] for j in range(h) for k in range(d)]
        b1n = [b1[j] - lr * gb1[j] for j in range(h)]
        W2n = [W2[j] - lr * gW2[j] for j in range(h)]
        b2n = b2 - lr * gb2
        return [[loss], W1n, b1n, W2n, [b2n]]
