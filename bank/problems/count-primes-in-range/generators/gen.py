"""Hidden tests for count-primes-in-range: 0/1 edges, squares of primes, max-width ranges."""
import json
import random

rng = random.Random(1729)
TOP = 10**12
W = 10**6
P = 999983  # the largest prime below 10^6; P * P is just below 10^12


def emit(name, lo, hi):
    print(json.dumps({"name": name, "input": json.dumps([lo, hi])}))


emit("01-one", 1, 1)
emit("02-one-two", 1, 2)
emit("03-two", 2, 2)
emit("04-four", 4, 4)
emit("05-first-hundred", 1, 100)
emit("06-square-of-prime", P * P, P * P)
emit("07-around-square", P * P - 50, P * P + 50)
emit("08-top", TOP, TOP)
emit("09-small-base-prime-in-range", 3, 50)
for k in range(6):
    lo = rng.randint(1, 200)
    emit("10-small-random-%d" % k, lo, lo + rng.randint(0, 300))
for k in range(3):
    lo = rng.randint(1, TOP - 1000)
    emit("11-medium-random-%d" % k, lo, lo + rng.randint(0, 1000))
emit("12-max-from-one", 1, W)
emit("13-max-at-top", TOP - W, TOP)
lo = rng.randint(10**11, TOP - W)
emit("14-max-random-high", lo, lo + W)
emit("15-max-around-square", P * P - W // 2, P * P + W // 2)
