"""Hidden tests for bubble-sort-swaps (inversion count)."""
import json
import random

R = random.Random(8128)
N = 200000
LIM = 10 ** 9


def emit(name, a):
    assert 1 <= len(a) <= N and all(-LIM <= x <= LIM for x in a)
    print(json.dumps({"name": name, "input": "%d\n%s\n" % (len(a), " ".join(map(str, a)))}))


emit("01-one-element", [-5])
emit("02-two-inverted", [LIM, -LIM])
emit("03-two-equal", [7, 7])
emit("04-sorted-with-duplicates", [1, 1, 2, 2, 2, 3, 9, 9])
emit("05-negatives", [-1, -3, -2, -7, 0, -7])
emit("06-small-random", [R.randint(-5, 5) for _ in range(40)])
emit("07-medium-random", [R.randint(-LIM, LIM) for _ in range(3000)])
emit("08-max-random", [R.randint(-10 ** 6, 10 ** 6) for _ in range(N)])
emit("09-max-strictly-decreasing", list(range(N, 0, -1)))           # n(n-1)/2 ~ 2e10 > 2^31
emit("10-max-all-equal", [0] * N)
emit("11-max-few-distinct-decreasing", sorted((R.randint(0, 3) for _ in range(N)), reverse=True))
emit("12-max-nearly-sorted", [i + R.randint(-3, 3) for i in range(N)])
