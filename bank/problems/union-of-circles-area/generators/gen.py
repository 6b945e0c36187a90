"""Hidden tests for union-of-circles-area."""
import json
import random

rng = random.Random(31415)


def emit(name, circles):
    assert 1 <= len(circles) <= 50
    assert all(abs(x) <= 1000 and abs(y) <= 1000 and 1 <= r <= 1000 for x, y, r in circles)
    text = f"{len(circles)}\n" + "".join(f"{x} {y} {r}\n" for x, y, r in circles)
    print(json.dumps({"name": name, "input": text}))


def rand(n, span, rlo, rhi):
    return [(rng.randint(-span, span), rng.randint(-span, span), rng.randint(rlo, rhi)) for _ in range(n)]


emit("01-single", [(1000, -1000, 1000)])
emit("02-identical", [(3, 4, 5)] * 5)
emit("03-nested", [(0, 0, 100), (0, 0, 50), (50, 0, 50), (10, 10, 3), (-99, 0, 1), (0, 0, 100)])
emit("04-tangent-chain", [(2 * i * 10, 0, 10) for i in range(-5, 6)])
emit("05-triple-overlap", [(0, 0, 10), (8, 0, 10), (4, 7, 10)])
emit("06-max-dense", rand(50, 30, 20, 60))
emit("07-max-sparse", rand(50, 1000, 1, 40))
emit("08-max-large", rand(50, 1000, 200, 1000))
emit("09-grid", [(x * 15, y * 15, 10) for x in range(-3, 4) for y in range(-3, 4)])
ring = [(0, 0, 500)] + [(round(500 * c), round(500 * s), 30) for c, s in
                        [(__import__("math").cos(t * 0.2), __import__("math").sin(t * 0.2)) for t in range(31)]]
emit("10-ring-on-boundary", ring)
emit("11-max-mixed-sizes", rand(25, 300, 1, 10) + rand(25, 300, 100, 400))
