"""Hidden tests for two-sum-data-structure: operation sequences for TwoSum."""
import json
import random

R = random.Random(31337)
NUM = 10 ** 5
MAXOPS = 4000
I32 = 2 ** 31


def emit(name, ops):
    """ops: list of ("add", x) / ("find", v)."""
    assert len(ops) <= MAXOPS
    names, args = ["TwoSum"], [[]]
    for op, x in ops:
        assert (op == "add" and -NUM <= x <= NUM) or (op == "find" and -I32 <= x < I32)
        names.append(op)
        args.append([x])
    print(json.dumps({"name": name, "input": json.dumps([names, args], separators=(",", ":")) + "\n"}))


emit("01-find-on-empty", [("find", 0), ("find", -5)])
emit("02-single-element", [("add", 0), ("find", 0), ("add", 0), ("find", 0), ("find", 1)])
emit("03-double-trap", [("add", 7), ("find", 14), ("add", 3), ("find", 10), ("find", 14), ("find", 6),
                        ("add", 7), ("find", 14)])
emit("04-negatives", [("add", -NUM), ("add", NUM), ("add", -3), ("find", 0), ("find", -NUM - 3),
                      ("find", -2 * NUM), ("add", -NUM), ("find", -2 * NUM), ("find", 2 * NUM)])
emit("05-int-extremes", [("add", NUM), ("add", -NUM), ("find", I32 - 1), ("find", -I32),
                         ("find", NUM - NUM)])
ops = []
for _ in range(300):
    if R.random() < 0.5:
        ops.append(("add", R.randint(-20, 20)))
    else:
        ops.append(("find", R.randint(-45, 45)))
emit("06-small-dense", ops)
ops = []
for _ in range(1000):
    if R.random() < 0.5:
        ops.append(("add", R.randint(-NUM, NUM)))
    else:
        ops.append(("find", R.randint(-2 * NUM, 2 * NUM)))
emit("07-random-mix", ops)
# many distinct even numbers, then finds of odd values that never succeed: find scans everything
evens = R.sample(range(-NUM // 2, NUM // 2), MAXOPS // 2)
ops = [("add", 2 * x) for x in evens] + [("find", 2 * R.randint(-NUM, NUM - 1) + 1) for _ in range(MAXOPS // 2)]
emit("08-max-failing-finds", ops)
# distinct values, finds of 2x for values present once (false) and twice (true)
vals = R.sample(range(-NUM, NUM + 1), 1500)
ops = [("add", x) for x in vals] + [("add", x) for x in vals[:250]]
ops += [("find", 2 * x) for x in R.sample(vals, 1000)] + [("find", 2 * x) for x in vals[:250]]
emit("09-max-doubles", ops[:MAXOPS])
ops = []
for i in range(MAXOPS):
    if i % 2 == 0:
        ops.append(("add", R.randint(-NUM, NUM)))
    else:
        ops.append(("find", R.randint(-2 * NUM, 2 * NUM)))
emit("10-max-interleaved", ops)
