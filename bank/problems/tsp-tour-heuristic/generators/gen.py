"""Hidden tests for tsp-tour-heuristic."""
import json
import random

rng = random.Random(1954)  # Dantzig, Fulkerson and Johnson's 49-city tour
C = 10**6


def emit(name, pts):
    assert 1 <= len(pts) <= 500
    print(json.dumps({"name": name, "input": json.dumps([pts], separators=(",", ":"))}))


def uniform(n):
    return [[rng.randint(0, C), rng.randint(0, C)] for _ in range(n)]


def clustered(n, k):
    centres = uniform(k)
    pts = []
    for _ in range(n):
        cx, cy = rng.choice(centres)
        pts.append([min(C, max(0, int(rng.gauss(cx, C / 50)))), min(C, max(0, int(rng.gauss(cy, C / 50))))])
    return pts


emit("01-one-city", [[5, 5]])
emit("02-two-cities", [[0, 0], [C, C]])
emit("03-three-cities", [[0, 0], [C, 0], [0, C]])
emit("04-duplicates", [[7, 7]] * 4 + [[100, 100]] * 3 + [[7, 100]])
emit("05-collinear", [[x * 1000, 0] for x in rng.sample(range(1000), 60)])
emit("06-grid", [[x * 1000, y * 1000] for x in range(15) for y in range(15)])
emit("07-small-random", uniform(12))
emit("08-circle", [[int(C / 2 + C / 3 * __import__("math").cos(t)), int(C / 2 + C / 3 * __import__("math").sin(t))]
                   for t in [rng.uniform(0, 6.283) for _ in range(200)]])
for t in range(3):
    emit(f"{9 + t:02d}-max-uniform-{t}", uniform(500))
emit("12-max-clustered", clustered(500, 8))
