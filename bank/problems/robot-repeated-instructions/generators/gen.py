"""Hidden tests for robot-repeated-instructions: tails before cycles, long cycles, huge repeats."""
import json
import random

rng = random.Random(1234)
BIG = 10**18


def emit(name, grid, instructions, repeat):
    print(json.dumps({"name": name, "input": json.dumps([grid, instructions, repeat])}))


def rand_grid(R, C, wall):
    g = [["#" if rng.random() < wall else "." for _ in range(C)] for _ in range(R)]
    g[rng.randrange(R)][rng.randrange(C)] = "S"
    return ["".join(row) for row in g]


def rand_instr(n, alphabet="UDLR"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rho(grid, instructions):
    """(tail length, cycle length) of the sequence of positions after each pass."""
    R, C = len(grid), len(grid[0])
    pos = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    d = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
    moves = [d[ch] for ch in instructions]
    seen, i = {}, 0
    while pos not in seen:
        seen[pos] = i
        r, c = pos
        for dr, dc in moves:
            nr, nc = (r + dr) % R, (c + dc) % C
            if grid[nr][nc] != "#":
                r, c = nr, nc
        pos, i = (r, c), i + 1
    return seen[pos], i - seen[pos]


def searched(count, R, C, walls, length):
    """The candidate with the longest tail + cycle among `count` random ones."""
    best = None
    for _ in range(count):
        g = rand_grid(R, C, rng.choice(walls))
        ins = rand_instr(length)
        tail, period = rho(g, ins)
        if best is None or tail + period > best[0]:
            best = (tail + period, g, ins)
    return best[1], best[2]


emit("01-one-cell", ["S"], "UDLR", BIG)
emit("02-repeat-zero", ["..S.."], "LL", 0)
emit("03-repeat-one", ["S...."], "RRR", 1)
emit("04-walk-into-wall", ["S...#."], "R", BIG)
emit("05-wrap-around", ["S....", ".....", "....."], "LU", 1)
emit("06-open-row", ["S" + "." * 49], "R", BIG - 3)
emit("07-open-torus-diagonal", ["S" + "." * 49] + ["." * 50] * 49, "RRRD", BIG - 1)
emit("08-all-walls-around", ["###", "#S#", "###"], "UDLRUDLR", BIG)
for k in range(10):
    R, C = rng.randint(1, 6), rng.randint(1, 6)
    emit("09-small-random-%d" % k, rand_grid(R, C, 0.25), rand_instr(rng.randint(1, 6)), rng.randint(0, 60))
for k in range(6):
    R, C = rng.randint(10, 50), rng.randint(10, 50)
    emit("10-large-random-%d" % k, rand_grid(R, C, rng.choice([0.0, 0.1, 0.3])), rand_instr(rng.randint(1, 100)),
         rng.randint(10**15, BIG))
for k in range(4):
    g, ins = searched(40, 12, 12, [0.1, 0.2, 0.3], 12)
    emit("11-long-rho-small-%d" % k, g, ins, rng.randint(10**17, BIG))
for k in range(3):
    g, ins = searched(6, 50, 50, [0.05, 0.1, 0.2], 100)
    emit("12-max-long-rho-%d" % k, g, ins, BIG - k)
emit("13-max-instructions", rand_grid(50, 50, 0.05), rand_instr(100), BIG)
emit("14-max-drift", rand_grid(50, 50, 0.0), rand_instr(100, "RRRDL"), BIG - 12345)
