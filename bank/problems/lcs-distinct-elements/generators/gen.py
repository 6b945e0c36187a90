"""Hidden tests for lcs-distinct-elements."""
import json
import random

R = random.Random(99)
N = 10 ** 5
LIM = 10 ** 9


def emit(name, a, b):
    assert 1 <= len(a) <= N and 1 <= len(b) <= N and len(set(a)) == len(a)
    assert all(-LIM <= x <= LIM for x in a + b)
    print(json.dumps({"name": name, "input": json.dumps([a, b], separators=(",", ":")) + "\n"}))


emit("01-single-match", [7], [7])
emit("02-single-no-match", [7], [-7])
emit("03-repeated-one-value", [1, 2, 3], [2] * 10)
emit("04-reverse", [1, 2, 3, 4, 5], [5, 4, 3, 2, 1])
emit("05-extremes", [LIM, -LIM, 0], [-LIM, LIM, -LIM, 0, LIM])
emit("06-strict-trap", [10, 20, 30], [10, 10, 20, 20, 20, 30, 30, 10])
emit("07-foreign-values", [3, 1, 2], [9, 3, 8, 1, 7, 7, 2, 6])
a = R.sample(range(-50, 50), 30)
emit("08-small-random", a, [R.randint(-60, 60) for _ in range(40)])
a = R.sample(range(1, 2001), 2000)
emit("09-medium-random", a, [R.choice(a) for _ in range(3000)])
perm = list(range(1, N + 1))
R.shuffle(perm)
emit("10-max-identical", perm, perm[:])
emit("11-large-reversed", perm[:30000], perm[:30000][::-1])
b = perm[:]
for _ in range(2000):  # mostly sorted: long answer
    i, j = R.randrange(N), R.randrange(N)
    b[i], b[j] = b[j], b[i]
emit("12-max-near-identical", perm, b)
a = R.sample(range(-5000, 5000), 1000)
b = []
while len(b) < N:  # runs of equal values drawn from a: the non-strict LIS over-counts
    b.extend([R.choice(a)] * R.randint(1, 50))
emit("13-max-repeats", a, b[:N])
a = R.sample(range(1, 3 * N), N)
emit("14-max-random-with-foreign", a, [R.randint(1, 3 * N) for _ in range(N)])
