import math


class Solution:
    def trainStep(self, W1, b1, W2, b2, X, y, lr):
        # Bug: loss computed as -log(clip(p)) with p clipped to [1e-15, 1 - 1e-15]; wrong when the
        # output saturates (the true loss keeps growing linearly in |z2|).
        h, d, B = len(W1), len(W1[0]), len(X)
        gW1 = [[0.0] * d for _ in range(h)]
        gb1, gW2, gb2, loss = [0.0] * h, [0.0] * h, 0.0, 0.0
        for x, t in zip(X, y):
            a1 = [math.tanh(sum(w * v for w, v in zip(W1[j], x)) + b1[j]) for j in range(h)]
            z2 = sum(w * a for w, a in zip(W2, a1)) + b2
            p = 1.0 / (1.0 + math.exp(-z2)) if z2 >= 0 else math.exp(z2) / (1.0 + math.exp(z2))
            pc = min(max(p, 1e-15), 1 - 1e-15)
            loss += -(t * math.log(pc) + (1 - t) * math.log(1 - pc))
            dz2 = (p - t) / B
            gb2 += dz2
            for j in range(h):
                gW2[j] += dz2 * a1[j]
                dz1 = dz2 * W2[j] * (1.0 - a1[j] * a1[j])
                gb1[j] += dz1
                for k in range(d):
                    gW1[j][k] += dz1 * x[k]
        return [[loss / B], [W1[j][k] - lr * gW1[j][k] for j in range(h) for k in range(d)],
                [b1[j] - lr * gb1[j] for j in range(h)], [W2[j] - lr * gW2[j] for j in range(h)], [b2 - lr * gb2]]
