"""Hidden tests for longest-window-within-limit."""
import json
import random

LO, HI = -2 ** 31, 2 ** 31 - 1
N = 100000


def emit(name, nums, limit):
    print(json.dumps({"name": name, "input": json.dumps([nums, limit], separators=(",", ":"))}))


def main():
    rng = random.Random(1438)
    emit("01-single", [LO], 0)
    emit("02-limit-zero-duplicates", [3, 3, 1, 1, 1, 3, 3], 0)
    emit("03-extremes-max-limit", [LO, HI, LO, HI], HI)
    emit("04-extremes-alternating", [HI, LO + 1, HI, 0, -1], HI)  # spread 2^32-2 > limit
    emit("05-middle-peak", [1, 5, 9, 5, 1], 4)
    emit("06-small-random", [rng.randint(-10, 10) for _ in range(30)], 6)
    # ends of the window are close but an inner element is far away
    emit("07-inner-outlier", [0, 0, 100, 0, 0, 0, 50, 0], 10)
    emit("08-all-equal-max", [7] * N, 0)
    emit("09-max-random-wide", [rng.randint(LO, HI) for _ in range(N)], rng.randint(2 ** 30, HI))
    emit("10-max-random-walk", list(_walk(rng, N)), 1000)
    emit("11-max-small-values-whole", [rng.randint(-50, 50) for _ in range(N)], 100)
    emit("12-max-increasing", list(range(-N // 2, N // 2)), 40000)


def _walk(rng, n):
    x = 0
    for _ in range(n):
        x += rng.randint(-30, 30)
        yield x


main()
