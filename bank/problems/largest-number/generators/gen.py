"""Hidden tests for largest-number."""
import json
import random

R = random.Random(9534330)
N = 10 ** 5
LIM = 10 ** 9


def emit(name, nums):
    assert 1 <= len(nums) <= N and all(0 <= x <= LIM for x in nums)
    print(json.dumps({"name": name, "input": json.dumps([nums], separators=(",", ":")) + "\n"}))


def mixed_length():
    d = R.randint(1, 10)
    return min(LIM, R.randint(10 ** (d - 1) if d > 1 else 0, 10 ** d - 1))


emit("01-single-zero", [0])
emit("02-single-max", [LIM])
emit("03-all-zeros", [0, 0, 0, 0])
emit("04-zero-and-number", [0, 5])
emit("05-prefix-longer-wins", [121, 12])              # 12121 > 12112
emit("06-prefix-shorter-wins", [824, 8247])           # 8248247 > 8247824
emit("07-repeated-digit-lengths", [1, 11, 111, 1111])
emit("08-nines", [9, 99, 999, 98, 989, 9899])
emit("09-tens", [10, 100, 1000, 1, 0, LIM])
emit("10-long-common-prefix", [989998998, 9899989, 1211121, 121112112])  # repetitions agree on 10+ chars
emit("11-small-random", [R.randint(0, 100) for _ in range(20)])
emit("12-medium-random", [mixed_length() for _ in range(2000)])
emit("13-max-random-mixed-lengths", [mixed_length() for _ in range(N)])
emit("14-max-shared-prefixes", [int("3" * R.randint(1, 8) + R.choice(["", "0", "4", "3"])) for _ in range(N)])
emit("15-max-zeros-and-tens", [R.choice([0, 10, 100, 1000, 1, 0, LIM]) for _ in range(N)])
emit("16-max-all-zero", [0] * N)
