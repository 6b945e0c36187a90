"""Hidden tests for unique-permutations."""
import json
import random
from math import factorial

LO, HI = -2 ** 31, 2 ** 31 - 1


def distinct(nums):
    r = factorial(len(nums))
    for v in set(nums):
        r //= factorial(nums.count(v))
    return r


def emit(name, nums):
    assert distinct(nums) <= 40320, name
    print(json.dumps({"name": name, "input": json.dumps([nums], separators=(",", ":"))}))


def main():
    rng = random.Random(47)
    emit("01-single", [HI])
    emit("02-all-equal", [5] * 12)
    emit("03-two-distinct-extremes", [LO, HI, LO])
    emit("04-all-distinct-7", [3, -7, 0, 12, -1, 9, 4])
    emit("05-unsorted-duplicates", [2, 1, 2, 1, 2])
    emit("06-negatives", [-3, 0, -3, 0, 7, 7])
    emit("07-big-distinct-7", [rng.randint(LO, HI) for _ in range(7)])
    emit("07-max-distinct-8", [5, -3, 0, 8, 1, -9, 2, 7])
    emit("08-max-n12-two-values", [9, 4] * 6)                 # 924
    emit("09-max-n12-three-values", [1] * 6 + [2] * 3 + [3] * 3)  # 18480
    emit("10-max-n12-skewed", [0] * 8 + [LO, HI, 5, 5])         # 5940
    vals = [-6] * 4 + [11] * 3 + [2] * 3
    rng.shuffle(vals)
    emit("11-n10-shuffled", vals)  # 4200


if __name__ == "__main__":
    main()
