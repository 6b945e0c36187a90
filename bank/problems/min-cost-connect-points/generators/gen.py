"""Hidden tests for min-cost-connect-points."""
import json
import random

B = 10 ** 9


def emit(name, pts):
    print(json.dumps({"name": name, "input": json.dumps([pts], separators=(",", ":"))}))


def main():
    rng = random.Random(1584)
    emit("01-one-point", [[-B, B]])
    emit("02-two-same-points", [[3, -4], [3, -4]])
    emit("03-all-same", [[7, 7]] * 50)
    emit("04-corners", [[-B, -B], [B, B], [-B, B], [B, -B]])
    emit("05-collinear", [[i * 3, 0] for i in range(40, 0, -1)])
    # the chain heuristic fails on a star: centre first, leaves around it
    emit("06-star", [[0, 0]] + [[rng.choice([-1, 1]) * rng.randint(1, 100), rng.choice([-1, 1]) * rng.randint(1, 100)] for _ in range(30)])
    for k in range(3):
        n = rng.randint(2, 12)
        emit("07-small-%d" % k, [[rng.randint(-20, 20), rng.randint(-20, 20)] for _ in range(n)])
    emit("08-max-extreme-coords", [[rng.choice([-B, B, rng.randint(-B, B)]), rng.choice([-B, B, rng.randint(-B, B)])] for _ in range(1000)])
    emit("09-max-random", [[rng.randint(-B, B), rng.randint(-B, B)] for _ in range(1000)])
    emit("10-max-small-grid", [[rng.randint(0, 30), rng.randint(0, 30)] for _ in range(1000)])
    cl = []
    for c in range(10):
        cx, cy = rng.randint(-B // 2, B // 2), rng.randint(-B // 2, B // 2)
        cl += [[cx + rng.randint(-1000, 1000), cy + rng.randint(-1000, 1000)] for _ in range(100)]
    rng.shuffle(cl)
    emit("11-max-clusters", cl)
    emit("12-max-diagonal", [[i * 1000003 - B, B - i * 999983] for i in range(1000)])


main()
