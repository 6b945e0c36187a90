"""Hidden tests for count-inversions: edges, duplicates, extremes, max-size."""
import json
import random

rng = random.Random(20240611)
LO, HI = -2**31, 2**31 - 1
N = 100000


def emit(name, nums):
    print(json.dumps({"name": name, "input": json.dumps([nums], separators=(",", ":"))}))


emit("01-empty", [])
emit("02-single", [7])
emit("03-two-sorted", [1, 2])
emit("04-two-reversed", [2, 1])
emit("05-all-equal", [5] * 10)
emit("06-extremes", [HI, LO, HI, LO, 0, -1, HI, LO])
emit("07-small-random", [rng.randint(-5, 5) for _ in range(30)])
emit("08-small-random-2", [rng.randint(LO, HI) for _ in range(100)])
emit("09-max-reversed", list(range(N, 0, -1)))
emit("10-max-sorted", list(range(N)))
emit("11-max-random", [rng.randint(LO, HI) for _ in range(N)])
emit("12-max-few-values", [rng.randint(0, 3) for _ in range(N)])
a = [HI] * (N // 2) + [LO] * (N // 2)
emit("13-max-extremes-blocks", a)
b = list(range(N))
for _ in range(50):
    i, j = rng.randrange(N), rng.randrange(N)
    b[i], b[j] = b[j], b[i]
emit("14-max-nearly-sorted", b)
