"""Hidden tests for number-of-islands."""
import json
import random

R = random.Random(4711)
M = 500


def emit(name, rows):
    assert 1 <= len(rows) <= M and 1 <= len(rows[0]) <= M
    assert all(len(r) == len(rows[0]) and set(r) <= {"0", "1"} for r in rows)
    print(json.dumps({"name": name, "input": json.dumps([rows], separators=(",", ":")) + "\n"}))


def rnd(m, n, p):
    return ["".join("1" if R.random() < p else "0" for _ in range(n)) for _ in range(m)]


def snake(m, n):
    """One island: full rows joined alternately at the right and left ends (a path of ~mn/2 cells)."""
    rows = []
    for i in range(m):
        if i % 2 == 0:
            rows.append("1" * n)
        elif i % 4 == 1:
            rows.append("0" * (n - 1) + "1")
        else:
            rows.append("1" + "0" * (n - 1))
    return rows


emit("01-single-water", ["0"])
emit("02-single-land", ["1"])
emit("03-one-row", ["1101011100101"])
emit("04-one-column", list("1101001110"))
emit("05-all-land", ["1" * 7] * 5)
emit("06-all-water", ["0" * 7] * 5)
emit("07-checkerboard", ["".join("1" if (i + j) % 2 == 0 else "0" for j in range(9)) for i in range(8)])
emit("08-u-shape", ["10001", "10001", "10101", "11111"])          # looks like 3 islands from the top
emit("09-ring-with-lake", ["11111", "10001", "10101", "10001", "11111"])
emit("10-diagonal-chain", ["".join("1" if i == j else "0" for j in range(30)) for i in range(30)])
emit("11-small-random", rnd(20, 30, 0.5))
emit("12-max-random-sparse", rnd(M, M, 0.3))
emit("13-max-random-percolation", rnd(M, M, 0.59))
emit("14-max-snake", snake(M, M))
emit("15-max-checkerboard", ["".join("1" if (i + j) % 2 == 0 else "0" for j in range(M)) for i in range(M)])
emit("16-max-all-land", ["1" * M] * M)
emit("17-tall-thin", rnd(M, 3, 0.6))
