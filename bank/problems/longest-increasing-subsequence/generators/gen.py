"""Hidden tests for longest-increasing-subsequence."""
import json
import random

R = random.Random(31415)
N = 200000
LIM = 10 ** 9


def emit(name, nums):
    assert 1 <= len(nums) <= N and all(-LIM <= x <= LIM for x in nums)
    print(json.dumps({"name": name, "input": json.dumps([nums], separators=(",", ":")) + "\n"}))


emit("01-one-element", [LIM])
emit("02-two-decreasing", [1, 0])
emit("03-two-equal", [-3, -3])
emit("04-extremes", [-LIM, LIM, -LIM, LIM, 0])
emit("05-greedy-trap", [50, 1, 2, 3, 4, 60, 5])               # taking 50 first gives 2
emit("06-runs-vs-subsequence", [1, 5, 2, 6, 3, 7, 4, 8])        # longest contiguous run is 2
emit("07-staircase-duplicates", [1, 1, 2, 2, 3, 3, 2, 2, 4])
emit("08-small-random", [R.randint(-10, 10) for _ in range(40)])
emit("09-medium-random", [R.randint(-LIM, LIM) for _ in range(3000)])
emit("10-max-increasing", list(range(-N // 2, N // 2)))
emit("11-large-decreasing", list(range(50000, 0, -1)))
emit("12-max-random", [R.randint(-10 ** 5, 10 ** 5) for _ in range(N)])
emit("13-max-few-values", [R.randint(0, 9) for _ in range(N)])
emit("14-large-blocks-of-equal", [i // 4 for i in range(N // 2)])  # non-strict LIS would be 4x too long
emit("15-large-noisy-increasing", [i * 5 + R.randint(-20, 20) for i in range(N // 2)])
