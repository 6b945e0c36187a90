"""Hidden tests for mlp-backprop-step."""
import json
import random

rng = random.Random(1986)  # Rumelhart, Hinton and Williams


def r(scale):
    return round(rng.uniform(-scale, scale), 4)


def emit(name, h, d, B, wscale=1.0, xscale=1.0, lr=0.1, labels=None):
    W1 = [[r(wscale) for _ in range(d)] for _ in range(h)]
    b1 = [r(wscale) for _ in range(h)]
    W2 = [r(wscale) for _ in range(h)]
    b2 = r(wscale)
    X = [[r(xscale) for _ in range(d)] for _ in range(B)]
    y = labels if labels is not None else [rng.randint(0, 1) for _ in range(B)]
    print(json.dumps({"name": name, "input": json.dumps([W1, b1, W2, b2, X, y, lr], separators=(",", ":"))}))


emit("01-one-unit-one-sample", 1, 1, 1)
emit("02-zero-learning-rate", 3, 2, 4, lr=0.0)
emit("03-all-positive-labels", 4, 3, 8, labels=[1] * 8)
emit("04-all-negative-labels", 4, 3, 8, labels=[0] * 8)
emit("05-saturated-output", 8, 4, 16, wscale=30.0, xscale=10.0)      # |z2| in the hundreds
emit("06-saturated-hidden", 8, 4, 16, wscale=5.0, xscale=50.0, lr=0.5)
emit("07-medium", 16, 10, 64)
emit("08-max", 32, 20, 256, lr=0.05)
emit("09-max-large-lr", 32, 20, 256, lr=3.0)
