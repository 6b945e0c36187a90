"""Hidden tests for bank-teller-queue: ties at the same instant, long queues, 64-bit times."""
import json
import random

rng = random.Random(404)
T = 10**9


def emit(name, k, customers):
    lines = ["%d %d" % (len(customers), k)] + ["%d %d" % c for c in customers]
    print(json.dumps({"name": name, "input": "\n".join(lines) + "\n"}))


def arrivals(n, tmax, dmin, dmax):
    ts = sorted(rng.randint(0, tmax) for _ in range(n))
    return [(t, rng.randint(dmin, dmax)) for t in ts]


emit("01-one-customer", 1, [(5, 3)])
emit("02-one-teller-queue", 1, [(0, 4), (1, 4), (2, 4), (20, 1)])
emit("03-finish-equals-arrival", 2, [(0, 5), (1, 9), (5, 2)])
emit("04-all-at-once", 3, [(7, 1), (7, 2), (7, 3), (7, 4), (7, 5)])
emit("05-smallest-free-id", 3, [(0, 10), (0, 1), (0, 5), (20, 1), (20, 1)])
emit("06-more-tellers-than-customers", 10, [(3, 1), (3, 1), (4, 1)])
emit("07-zero-durations", 2, [(0, 0), (0, 0), (0, 0), (1, 0)])
emit("08-overflow", 1, [(0, T), (0, T), (0, T), (T, T)])
for k in range(8):
    emit("09-small-random-%d" % k, rng.randint(1, 4), arrivals(rng.randint(1, 15), 20, 0, 8))
for k in range(3):
    emit("10-medium-random-%d" % k, rng.randint(1, 50), arrivals(rng.randint(100, 2000), 10**5, 1, 500))
N = 50000
emit("11-max-many-tellers", N, arrivals(N, T, 0, T))
emit("12-max-one-teller-long-queue", 1, arrivals(N // 2, 10**6, T - 10, T))
emit("13-max-busy-bursts", N // 2, [(t // 1000 * 1000, d) for t, d in arrivals(N, 10**7, 1, 10**5)])
emit("14-max-all-equal", 1000, [(0, 1000)] * (N // 2))
# Two tellers free up together at 5; customers 3 and 4 both start then, not at their arrival.
emit("15-wait-then-queue", 2, [(0, 5), (0, 5), (0, 5), (0, 5)])
emit("16-wait-then-later-arrival", 2, [(0, 10), (0, 10), (1, 3), (2, 1), (12, 1)])
