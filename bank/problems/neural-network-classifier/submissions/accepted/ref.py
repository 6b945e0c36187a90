import math
import random


class Solution:
    def classify(self, X: List[List[float]], y: List[int], tests: List[List[float]]) -> List[int]:
        # One hidden layer of H tanh units, sigmoid output, binary cross-entropy,
        # per-sample SGD with a decaying learning rate. Fixed seed: deterministic.
        H, EPOCHS = 24, 60
        rng = random.Random(12345)
        d = len(X[0])
        # standardise the inputs (the network trains much better on zero-mean, unit-scale data)
        mean = [sum(x[k] for x in X) / len(X) for k in range(d)]
        std = [math.sqrt(sum((x[k] - mean[k]) ** 2 for x in X) / len(X)) or 1.0 for k in range(d)]
        norm = lambda x: [(x[k] - mean[k]) / std[k] for k in range(d)]
        Xn = [norm(x) for x in X]
        W1 = [[rng.gauss(0, 1.0) for _ in range(d)] for _ in range(H)]
        b1 = [rng.gauss(0, 1.0) for _ in range(H)]
        W2 = [rng.gauss(0, 1.0 / math.sqrt(H)) for _ in range(H)]
        b2 = 0.0
        order = list(range(len(X)))
        for epoch in range(EPOCHS):
            lr = 0.2 / (1 + epoch / 20)
            rng.shuffle(order)
            for i in order:
                x, t = Xn[i], y[i]
                a = [math.tanh(sum(w * v for w, v in zip(W1[j], x)) + b1[j]) for j in range(H)]
                z = sum(w * v for w, v in zip(W2, a)) + b2
                p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
                g = lr * (p - t)
                for j in range(H):
                    gj = g * W2[j] * (1 - a[j] * a[j])
                    W2[j] -= g * a[j]
                    b1[j] -= gj
                    row = W1[j]
                    for k in range(d):
                        row[k] -= gj * x[k]
                b2 -= g
        out = []
        for x in tests:
            x = norm(x)
            a = [math.tanh(sum(w * v for w, v in zip(W1[j], x)) + b1[j]) for j in range(H)]
            out.append(1 if sum(w * v for w, v in zip(W2, a)) + b2 > 0 else 0)
        return out
