"""Hidden tests for count-reverse-pairs."""
import json
import random

LO, HI = -2 ** 31, 2 ** 31 - 1
N = 100000


def emit(name, nums):
    print(json.dumps({"name": name, "input": json.dumps([nums], separators=(",", ":"))}))


def main():
    rng = random.Random(493)
    emit("01-single", [HI])
    emit("02-equal-positive", [4, 4, 4])
    emit("03-boundary-exact-double", [2, 1, 4, 2, -2, -1])  # x == 2y never counts
    emit("04-extremes", [HI, LO, HI, LO, 0, -1, 1])
    emit("05-doubling-overflows-int", [HI, 1073741824, -1073741825, LO, 1073741823])
    emit("06-small-random", [rng.randint(-20, 20) for _ in range(40)])
    emit("07-max-all-equal-negative", [-7] * N)             # every pair: n(n-1)/2 > 2^31
    emit("08-max-random-full-range", [rng.randint(LO, HI) for _ in range(N)])
    emit("09-max-descending", list(range(N, 0, -1)))
    emit("10-max-small-values", [rng.randint(-100, 100) for _ in range(N)])
    emit("11-max-halves", [rng.randint(2 ** 30, HI) for _ in range(N // 2)] + [rng.randint(LO, -2 ** 30) for _ in range(N // 2)])


main()
