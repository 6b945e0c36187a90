"""Hidden tests for range-count-queries."""
import json
import random

R = random.Random(2024)
N = Q = 100000
LIM = 10 ** 9


def emit(name, a, queries):
    assert 1 <= len(a) <= N and 1 <= len(queries) <= Q and all(-LIM <= x <= LIM for x in a)
    assert all(-LIM <= l <= r <= LIM for l, r in queries)
    text = "%d %d\n%s\n%s" % (len(a), len(queries), " ".join(map(str, a)),
                              "".join("%d %d\n" % lr for lr in queries))
    print(json.dumps({"name": name, "input": text}))


def rq(lo, hi):
    l, r = R.randint(lo, hi), R.randint(lo, hi)
    return (min(l, r), max(l, r))


emit("01-single", [0], [(0, 0), (-1, -1), (1, 1), (-LIM, LIM)])
emit("02-bounds-inclusive", [1, 2, 3, 4, 5], [(2, 4), (1, 5), (5, 5), (1, 1), (0, 0), (6, 6), (3, 3)])
emit("03-duplicates", [7] * 5 + [3] * 2 + [9], [(7, 7), (3, 7), (4, 6), (8, 9), (9, 9), (-LIM, 6)])
emit("04-extremes", [-LIM, LIM, 0, LIM, -LIM], [(-LIM, -LIM), (LIM, LIM), (-LIM, LIM), (-LIM + 1, LIM - 1)])
emit("05-unsorted-small", [R.randint(-20, 20) for _ in range(30)], [rq(-25, 25) for _ in range(50)])
emit("06-medium", [R.randint(-10 ** 6, 10 ** 6) for _ in range(5000)], [rq(-10 ** 6, 10 ** 6) for _ in range(5000)])
emit("07-max-random", [R.randint(-10 ** 6, 10 ** 6) for _ in range(N)], [rq(-10 ** 6, 10 ** 6) for _ in range(Q)])
emit("08-max-few-values", [R.randint(-3, 3) for _ in range(N)], [rq(-4, 4) for _ in range(Q)])
emit("09-large-point-queries", [R.randint(0, 1000) for _ in range(N // 2)], [(x, x) for x in (R.randint(-5, 1005) for _ in range(Q // 2))])
