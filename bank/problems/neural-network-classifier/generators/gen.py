"""Hidden tests for neural-network-classifier.

Points in the square [-1, 1]^2 labelled by a non-linear rule, with label noise on the training
set only. The submission sees the test points; their true labels go to the output validator:

    python3 gen.py            JSON lines {"name", "input"} (what `tiku bank generate` runs)
    python3 gen.py --sample   the text of data/sample/1.in
    python3 gen.py --truth    JSON {sha256(canonical input): true test labels}, for output_validator/truth.json
"""
import hashlib
import json
import math
import random
import sys

rng = random.Random(1958)  # Rosenblatt's perceptron


def point():
    return [round(rng.uniform(-1, 1), 3), round(rng.uniform(-1, 1), 3)]


RULES = {
    "circle": lambda p: int(p[0] ** 2 + p[1] ** 2 < 0.45),
    "xor": lambda p: int((p[0] > 0) != (p[1] > 0)),
    "ring": lambda p: int(0.2 < p[0] ** 2 + p[1] ** 2 < 0.65),
    "sine": lambda p: int(p[1] > 0.6 * math.sin(3 * p[0])),
    "moons": lambda p: int((p[0] + 0.35) ** 2 + (p[1] + 0.1) ** 2 < 0.35
                           or ((p[0] - 0.35) ** 2 + (p[1] - 0.1) ** 2 > 0.35 and p[1] < 0.1)),
}


def make(rule, n, m, noise):
    f = RULES[rule]
    X = [point() for _ in range(n)]
    y = [f(p) if rng.random() >= noise else 1 - f(p) for p in X]
    T = [point() for _ in range(m)]
    return [X, y, T], [f(p) for p in T]


def key(args):
    return hashlib.sha256(json.dumps(args, separators=(",", ":")).encode()).hexdigest()


def tests():
    return [
        ("01-circle",) + tuple(make("circle", 300, 500, 0.0)),
        ("02-xor",) + tuple(make("xor", 300, 500, 0.03)),
        ("03-ring",) + tuple(make("ring", 400, 1000, 0.03)),
        ("04-sine-boundary",) + tuple(make("sine", 400, 1000, 0.03)),
        ("05-moons",) + tuple(make("moons", 400, 1000, 0.03)),
        ("06-circle-noisy",) + tuple(make("circle", 400, 1000, 0.08)),
    ]


def sample():
    X = [[0.0, 0.1], [0.2, -0.3], [-0.3, 0.2], [0.1, 0.4], [-0.2, -0.2], [0.3, 0.0],
         [0.9, 0.8], [-0.9, 0.7], [0.8, -0.9], [-0.8, -0.8], [0.95, 0.1], [-0.1, 0.95],
         [0.0, -0.9], [-0.95, 0.0], [0.7, 0.7], [-0.7, -0.6]]
    y = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    return [X, y, [[0.05, 0.05], [0.9, 0.9], [-0.1, -0.2], [-0.85, 0.5]]], [1, 0, 1, 0]


if __name__ == "__main__":
    if "--sample" in sys.argv:
        print(json.dumps(sample()[0]))
    elif "--truth" in sys.argv:
        truth = {key(args): labels for _, args, labels in tests()}
        s_args, s_labels = sample()
        truth[key(s_args)] = s_labels
        print(json.dumps(truth, sort_keys=True))
    else:
        for name, args, _ in tests():
            print(json.dumps({"name": name, "input": json.dumps(args, separators=(",", ":"))}))
