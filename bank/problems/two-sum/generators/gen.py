"""Hidden tests for two-sum: exactly one pair of positions sums to target."""
import json
import random

R = random.Random(20240601)
LIM = 10 ** 9
MAXN = 200000


def build(n, target, a, lo=-LIM, hi=LIM, pair_pos=None, pool=None):
    """n values, exactly one pair (a, target - a) summing to target."""
    b = target - a
    assert lo <= b <= hi
    present = {a, b}
    vals = []
    while len(vals) < n - 2:
        x = R.choice(pool) if pool else R.randint(lo, hi)
        if target - x in present or 2 * x == target:
            continue
        vals.append(x)
        present.add(x)
    if pair_pos is None:
        i, j = sorted(R.sample(range(n), 2))
    else:
        i, j = pair_pos
    out = []
    it = iter(vals)
    for k in range(n):
        out.append(a if k == i else b if k == j else next(it))
    return out


def pairs(nums, target):
    cnt = {}
    for x in nums:
        cnt[x] = cnt.get(x, 0) + 1
    total = 0
    for x, c in cnt.items():
        y = target - x
        total += c * (c - 1) if y == x else c * cnt.get(y, 0)
    return total // 2


def emit(name, nums, target):
    assert 2 <= len(nums) <= MAXN and pairs(nums, target) == 1, name
    assert all(-LIM <= x <= LIM for x in nums) and -LIM <= target <= LIM
    print(json.dumps({"name": name, "input": json.dumps([nums, target], separators=(",", ":")) + "\n"}))


emit("01-two-elements", [5, -5], 0)
emit("02-two-equal", [7, 7], 14)
emit("03-half-target-single", [4, 1, 7, 3], 8)  # 4+4 would reuse index 0
emit("04-zeros", [0, 4, 3, 0], 0)
emit("05-negatives", [-3, -8, 4, -1, -7], -9)
emit("06-extremes", [LIM, -LIM, 1, 2, -LIM + 5], 5)
emit("07-extremes-max-target", [LIM - 1, 3, LIM, 5, 1], LIM)
# x with 2x == target appears once early: using the same index twice would "find" it first
emit("08-half-target-trap", [3, 1, 9, 4, 20, 2], 6)
emit("09-small-random", build(10, 17, 8, -20, 20), 17)
emit("10-duplicates", build(1000, 0, 5, -50, 50, pool=[x for x in range(-50, 51) if x not in (0, 5, -5)]), 0)
emit("11-pair-at-ends", build(1000, 123, 100, pair_pos=(0, 999)), 123)
n = MAXN
t = R.randint(-LIM, LIM)
emit("12-large-random", build(50000, t, R.randint(max(-LIM, t - LIM), min(LIM, t + LIM))), t)
M = 10 ** 6
emit("13-max-pair-last", build(n, 999999, 500000, -M, M, pair_pos=(n - 2, n - 1)), 999999)
emit("14-large-pair-first-last", build(50000, -LIM, -LIM // 2 - 7, pair_pos=(0, 49999)), -LIM)
t = 2 * 12345
emit("15-max-half-target-trap", [12345] + build(n - 1, t, 20000, -10 ** 7, 10 ** 7, pair_pos=(n - 3, n - 2)), t)
