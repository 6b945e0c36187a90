"""Hidden tests for islands-after-each-addition."""
import json
import random


def emit(name, m, n, pos):
    print(json.dumps({"name": name, "input": json.dumps([m, n, pos], separators=(",", ":"))}))


def main():
    rng = random.Random(305)
    emit("01-one-cell", 1, 1, [[0, 0], [0, 0]])
    emit("02-row-wrap", 3, 3, [[0, 2], [1, 0], [1, 2], [2, 0]])
    emit("03-one-row", 1, 6, [[0, 0], [0, 2], [0, 4], [0, 5], [0, 1], [0, 3]])
    emit("04-one-column", 5, 1, [[4, 0], [0, 0], [2, 0], [1, 0], [3, 0], [2, 0]])
    # a ring: the last cell touches the same island from two sides
    emit("05-ring-closing", 3, 3, [[0, 0], [0, 1], [0, 2], [1, 2], [2, 2], [2, 1], [2, 0], [1, 0], [1, 1]])
    for k in range(4):
        m, n = rng.randint(1, 6), rng.randint(1, 6)
        emit("06-small-%d" % k, m, n, [[rng.randrange(m), rng.randrange(n)] for _ in range(rng.randint(1, 2 * m * n))])
    cells = [[r, c] for r in range(100) for c in range(100) if (r + c) % 2 == 0]
    rng.shuffle(cells)
    rest = [[r, c] for r in range(100) for c in range(100) if (r + c) % 2 == 1]
    rng.shuffle(rest)
    emit("07-checkerboard-then-fill", 100, 100, (cells + rest)[:50000])
    emit("08-max-random-square", 316, 316, [[rng.randrange(316), rng.randrange(316)] for _ in range(50000)])
    emit("09-max-line", 1, 100000, [[0, rng.randrange(100000)] for _ in range(50000)])
    emit("10-max-many-repeats", 300, 333, [[rng.randrange(20), rng.randrange(20)] for _ in range(50000)])
    snake = [[r, c if r % 2 == 0 else 199 - c] for r in range(250) for c in range(200)]
    emit("11-max-snake", 250, 200, snake[:50000])
    tall = [[rng.randrange(50000), rng.randrange(2)] for _ in range(50000)]
    emit("12-max-two-columns", 50000, 2, tall)


main()
