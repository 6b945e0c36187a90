"""Hidden tests for two-sum-sorted: sorted input, exactly one pair of positions sums to target."""
import json
import random

R = random.Random(777)
LIM = 10 ** 9
MAXN = 200000


def build(n, target, a, lo=-LIM, hi=LIM):
    """n sorted values containing a and target - a, and no other pair summing to target."""
    b = target - a
    present = {a, b}
    vals = [a, b]
    while len(vals) < n:
        x = R.randint(lo, hi)
        if target - x in present or 2 * x == target:
            continue
        vals.append(x)
        present.add(x)
    vals.sort()
    return vals


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
    assert 2 <= len(nums) <= MAXN and nums == sorted(nums) and pairs(nums, target) == 1, name
    assert all(-2 ** 31 <= x < 2 ** 31 for x in nums) and -2 ** 31 <= target < 2 ** 31
    print(json.dumps({"name": name, "input": json.dumps([nums, target], separators=(",", ":")) + "\n"}))


emit("01-two-elements", [-LIM, LIM], 0)
emit("02-equal-pair", [5, 5], 10)
emit("03-half-target-trap", [1, 3, 5, 9], 6)       # 3 + 3 would reuse position 2
emit("04-all-negative", [-9, -7, -4, -2], -16)
emit("05-duplicates-around", [0, 0, 1, 2, 5, 7], 9)
emit("06-extremes", [-LIM, -5, 3, LIM - 1, LIM], 0)
emit("07-small-random", build(12, 10, 3, -15, 25), 10)
emit("08-pair-at-both-ends", [-100] + sorted(R.sample(range(-50, 0), 30)) + [350], 250)
emit("09-medium-random", build(5000, -123456, -1000, -LIM // 2, LIM // 2), -123456)
# the pair is the two largest values: brute force scans ~n^2/2 pairs
lowvals = sorted(R.randint(-LIM, 100000000) for _ in range(MAXN - 2))
emit("10-max-pair-largest", lowvals + [400000000, 400000001], 800000001)
emit("11-max-random", build(MAXN, 777, 388, -10 ** 7, 10 ** 7), 777)
# sums of two in-range values overflow a 32-bit int
I32 = 2 ** 31 - 1
emit("12-overflow-positive", [1000000000, 1100000000, 2000000000, I32 - 1, I32], 2100000000)
emit("13-overflow-negative", [-I32 - 1, -I32, -2000000000, -1100000000, -1000000000], -2100000000)
big = sorted(R.sample(range(1200000000, I32 + 1), 1000))
emit("14-overflow-mixed", [-I32 - 1, 5, 1073741823] + big, 1073741823 + 5)
