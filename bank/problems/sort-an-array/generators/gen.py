"""Hidden tests for sort-an-array: adversarial orders for naive quick sorts, and sizes that
make the quadratic sorts time out."""
import json
import random

R = random.Random(5150)
N = 10 ** 5
LIM = 10 ** 9


def emit(name, nums):
    assert 1 <= len(nums) <= N and all(-LIM <= x <= LIM for x in nums)
    print(json.dumps({"name": name, "input": json.dumps([nums], separators=(",", ":")) + "\n"}))


emit("01-one-element", [42])
emit("02-two-reversed", [LIM, -LIM])
emit("03-negatives-and-zero", [0, -1, -10, 7, -3, 0, 2])
emit("04-extremes", [LIM, -LIM, LIM, 0, -LIM, LIM - 1, -LIM + 1])
emit("05-all-equal-small", [3] * 9)
emit("06-small-random", [R.randint(-20, 20) for _ in range(50)])
emit("07-medium-random", [R.randint(-LIM, LIM) for _ in range(2000)])
emit("08-max-random", [R.randint(-10 ** 6, 10 ** 6) for _ in range(N)])
emit("09-max-sorted", sorted(R.randint(-10 ** 6, 10 ** 6) for _ in range(N)))
emit("10-max-reversed", sorted((R.randint(-10 ** 5, 10 ** 5) for _ in range(N)), reverse=True))
emit("11-max-all-equal", [7] * N)
emit("12-max-few-distinct", [R.choice((-1, 0, 1)) for _ in range(N)])
