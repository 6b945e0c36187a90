"""Hidden tests for max-queue: empty queue, duplicates of the maximum, monotone runs, max-size."""
import json
import random

rng = random.Random(777)
MAXV = 10**9
OPS = 50000


def emit(name, ops):
    names = ["MaxQueue"] + [o[0] for o in ops]
    args = [[]] + [o[1] for o in ops]
    print(json.dumps({"name": name, "input": json.dumps([names, args], separators=(",", ":"))}))


P = lambda v: ("pushBack", [v])
POP = ("popFront", [])
MX = ("getMax", [])

emit("01-empty-queries", [MX, POP, MX, POP])
emit("02-single", [P(0), MX, POP, MX, POP, P(MAXV), MX])
emit("03-equal-max", [P(5), P(5), P(2), MX, POP, MX, POP, MX, POP, MX])
emit("04-decreasing", [P(9), P(7), P(5), MX, POP, MX, POP, MX, POP, MX])
emit("05-increasing", [P(1), P(4), P(8), MX, POP, MX, POP, MX])
ops = []
for _ in range(300):
    r = rng.random()
    ops.append(P(rng.randint(0, 6)) if r < 0.45 else (POP if r < 0.75 else MX))
emit("06-small-random-dups", ops)
# max size: build a long queue, then alternate pops and max queries (naive scan is O(n) each)
half = OPS // 2
ops = [P(rng.randint(0, MAXV)) for _ in range(half)]
for i in range(OPS - half):
    ops.append(POP if i % 10 == 9 else MX)
emit("07-max-long-queue-random", ops)
ops = [P(half - i) for i in range(half)]          # decreasing: monotone deque holds everything
ops += [POP if i % 10 == 9 else MX for i in range(OPS - half)]
emit("08-max-decreasing", ops)
ops = [P(i) for i in range(half // 4)]             # increasing: max stays at the back
ops += [MX if i % 2 == 0 else POP for i in range(half // 4)]
emit("09-max-increasing", ops)
ops = []
for i in range(OPS // 2):
    r = rng.random()
    ops.append(P(rng.choice([0, MAXV, rng.randint(0, MAXV)])) if r < 0.5 else (POP if r < 0.7 else MX))
emit("10-max-mixed-dups", ops)
ops = [P(MAXV) for _ in range(half // 4)] + [MX if i % 2 == 0 else POP for i in range(half // 4)]
emit("11-max-all-equal", ops)
