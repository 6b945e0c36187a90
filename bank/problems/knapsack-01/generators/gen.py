"""Hidden tests for knapsack-01."""
import json
import random

R = random.Random(1729)
NMAX, WMAX, VMAX = 100, 50000, 10 ** 9


def emit(name, cap, items):
    assert 1 <= len(items) <= NMAX and 1 <= cap <= WMAX
    assert all(1 <= w <= 10 ** 9 and 1 <= v <= VMAX for w, v in items)
    body = "".join("%d %d\n" % it for it in items)
    print(json.dumps({"name": name, "input": "%d %d\n%s" % (len(items), cap, body)}))


emit("01-single-fits", 10, [(10, 5)])
emit("02-single-too-heavy", 9, [(10, 5)])
emit("03-all-too-heavy", 5, [(6, 1), (10 ** 9, VMAX), (7, 3)])
emit("04-greedy-ratio-trap", 10, [(6, 13), (5, 10), (5, 10)])      # ratio picks 6 -> 13; best 20
emit("05-reuse-trap", 10, [(5, 10), (9, 15)])                      # unbounded would take 5 twice -> 20
emit("06-exact-fill", 50, [(10, 60), (20, 100), (30, 120)])
emit("07-capacity-one", 1, [(1, 7), (1, 9), (2, 100)])
emit("08-small-random", 30, [(R.randint(1, 15), R.randint(1, 50)) for _ in range(12)])
emit("09-medium-random", 1000, [(R.randint(1, 300), R.randint(1, 10 ** 6)) for _ in range(40)])
emit("10-max-sum-overflows-int", WMAX, [(R.randint(1, 1000), R.randint(VMAX // 2, VMAX)) for _ in range(NMAX)])
emit("11-max-random", WMAX, [(R.randint(1, WMAX // 5), R.randint(1, VMAX)) for _ in range(NMAX)])
emit("12-max-correlated", WMAX, [(w, w * 1000 + R.randint(0, 5000)) for w in (R.randint(2000, 6000) for _ in range(NMAX))])
emit("13-max-some-too-heavy", WMAX, [(R.choice([R.randint(1, WMAX), R.randint(WMAX + 1, 10 ** 9)]), R.randint(1, VMAX)) for _ in range(NMAX)])
emit("14-max-ratio-trap", WMAX, [(WMAX // 2 + 1, (WMAX // 2 + 1) * 4000 + 1)] + [(WMAX // 2, (WMAX // 2) * 4000)] * 2 + [(R.randint(40000, WMAX), R.randint(1, 10 ** 7)) for _ in range(NMAX - 3)])
