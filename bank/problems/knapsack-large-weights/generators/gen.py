"""Hidden tests for knapsack-large-weights."""
import json
import random

rng = random.Random(1957)  # Dantzig's "discrete-variable extremum problems"
W = 10**12
V = 10**9


def emit(name, ws, vs, cap):
    assert len(ws) == len(vs) and 1 <= len(ws) <= 32
    assert all(1 <= w <= W for w in ws) and all(0 <= v <= V for v in vs) and 0 <= cap <= 10**13
    print(json.dumps({"name": name, "input": json.dumps([ws, vs, cap])}))


emit("01-single-fits", [W], [V], W)
emit("02-single-too-heavy", [5], [7], 4)
emit("03-zero-capacity", [1, 2, 3], [10, 20, 30], 0)
emit("04-all-fit", [W] * 10, [V] * 10, 10**13)                 # value 1e10 overflows 32 bits
emit("05-greedy-trap", [51, 50, 50], [52, 50, 50], 100)       # best ratio first is wrong
emit("06-zero-values", [3, 4, 5], [0, 0, 0], 10)
for t in range(2):
    n = 32
    ws = [rng.randint(1, W) for _ in range(n)]
    vs = [rng.randint(0, V) for _ in range(n)]
    emit(f"{7 + t:02d}-max-uncorrelated", ws, vs, sum(ws) // 2)
ws = [rng.randint(W // 10, W) for _ in range(32)]
emit("09-max-strongly-correlated", ws, [w // 2000 + 10**8 for w in ws], sum(ws) // 2)
ws = [rng.randint(10**11, 10**11 + 10**6) for _ in range(32)]
emit("10-max-nearly-equal", ws, [rng.randint(V - 1000, V) for _ in range(32)], sum(ws) // 2 + 12345)
ws = [rng.randint(1, 10**6) * 10**6 for _ in range(32)]
emit("11-max-subset-sum", ws, [w // 10**6 for w in ws], sum(ws) // 3)
