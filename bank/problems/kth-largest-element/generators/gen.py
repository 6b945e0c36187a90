"""Hidden tests for kth-largest-element."""
import json
import random

R = random.Random(2718)
N = 10 ** 5
LIM = 10 ** 9


def emit(name, nums, k):
    assert 1 <= k <= len(nums) <= N and all(-LIM <= x <= LIM for x in nums)
    print(json.dumps({"name": name, "input": json.dumps([nums, k], separators=(",", ":")) + "\n"}))


emit("01-one-element", [-7], 1)
emit("02-k-equals-n", [5, -1, 3, 3, 9], 5)
emit("03-duplicates-matter", [4, 4, 4, 1, 2], 3)       # 4; the 3rd distinct value would be 1
emit("04-all-equal", [2, 2, 2, 2], 2)
emit("05-negatives", [-5, -1, -9, -3], 2)
emit("06-extremes", [LIM, -LIM, 0, LIM, -LIM], 4)
emit("07-small-random", [R.randint(-10, 10) for _ in range(30)], 11)
a = [R.randint(-LIM, LIM) for _ in range(N)]
emit("08-max-random-median", a, N // 2)
emit("09-max-random-k1", [R.randint(-10 ** 6, 10 ** 6) for _ in range(N)], 1)
emit("10-max-sorted-median", list(range(N)), N // 2 + 1)
emit("11-max-reversed-k-n", list(range(N, 0, -1)), N)
emit("12-max-all-equal", [5] * N, N // 3)
emit("13-max-few-distinct", [R.randint(0, 2) for _ in range(N)], 2 * N // 3)
