"""Hidden tests for max-non-overlapping-meetings: negatives, 32-bit extremes, touching, max size."""
import json
import random

rng = random.Random(5150)
LO, HI = -2**31, 2**31 - 1


def emit(name, meetings):
    print(json.dumps({"name": name, "input": json.dumps([meetings], separators=(",", ":"))}))


def rand_meetings(n, lo, hi, maxlen):
    out = []
    for _ in range(n):
        s = rng.randint(lo, hi - 1)
        out.append([s, rng.randint(s + 1, min(hi, s + maxlen))])
    return out


emit("01-empty", [])
emit("02-one", [[3, 5]])
emit("03-identical", [[1, 4]] * 5)
emit("04-touching-chain", [[0, 1], [1, 2], [2, 3], [3, 4]])
emit("05-long-early-meeting", [[0, 100], [1, 2], [2, 3], [3, 4]])
emit("06-negative-times", [[-10, -5], [-5, -1], [-3, 2]])
emit("07-int32-extremes", [[LO, LO + 1], [LO + 1, 0], [0, HI], [LO, HI], [HI - 1, HI]])
emit("08-nested", [[0, 10], [1, 9], [2, 8], [3, 7], [4, 6]])
for k in range(8):
    emit("09-small-random-%d" % k, rand_meetings(rng.randint(1, 12), -20, 20, 8))
for k in range(3):
    emit("10-medium-random-%d" % k, rand_meetings(rng.randint(100, 2000), -10**6, 10**6, 5000))
N = 50000
emit("11-max-random", rand_meetings(N, -10**9, 10**9, 10**5))
# disjoint, touching meetings in shuffled order: every one can be held
bounds = sorted(rng.sample(range(-10**6, 10**6), N + 1))
ms = [[bounds[i], bounds[i + 1]] for i in range(N)]
rng.shuffle(ms)
emit("12-max-all-compatible", ms)
emit("13-max-extremes", rand_meetings(N // 2, LO, HI, 2**31))
ms = [[i, i + 1] for i in range(-N // 2, N // 2 - 1)] + [[-N, N]]
rng.shuffle(ms)
emit("14-max-one-long-blocker", ms)
