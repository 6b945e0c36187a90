"""Hidden tests for maze-shortest-path."""
import json
import random

R = random.Random(6174)
M = 600


def emit(name, rows):
    r, c = len(rows), len(rows[0])
    assert 1 <= r <= M and 1 <= c <= M and r * c >= 2
    flat = "".join(rows)
    assert all(len(x) == c for x in rows) and flat.count("S") == 1 and flat.count("E") == 1
    assert set(flat) <= set(".#SE")
    print(json.dumps({"name": name, "input": "%d %d\n%s\n" % (r, c, "\n".join(rows))}))


def place(grid, ch, cell):
    i, j = cell
    grid[i][j] = ch


def rnd(r, c, wall, s, e):
    g = [["#" if R.random() < wall else "." for _ in range(c)] for _ in range(r)]
    place(g, "S", s)
    place(g, "E", e)
    return ["".join(x) for x in g]


def snake(r, c):
    """Corridors joined alternately at the right and left ends: the only path is ~rc/2 long."""
    g = []
    for i in range(r):
        if i % 2 == 0:
            g.append(["."] * c)
        elif i % 4 == 1:
            g.append(["#"] * (c - 1) + ["."])
        else:
            g.append(["."] + ["#"] * (c - 1))
    g[0][0] = "S"
    last = r - 1 if (r - 1) % 2 == 0 else r - 2
    g[last][c - 1 if (last // 2) % 2 == 0 else 0] = "E"
    return ["".join(x) for x in g]


emit("01-adjacent", ["SE"])
emit("02-column", ["S", ".", ".", "E"])
emit("03-walled-off", ["S.#", "..#", "##E"])
emit("04-start-boxed-in", ["#.#", "#S#", "###", "..E"])
emit("05-detour", ["S#...", ".#.#.", ".#.#.", "...#E"])
emit("06-dfs-trap", ["S....", ".###.", ".....", ".###.", "....E"])   # a first-found DFS path is longer
emit("07-open-room", rnd(10, 10, 0.0, (0, 0), (9, 9)))
emit("08-small-random", rnd(15, 20, 0.3, (0, 0), (14, 19)))
emit("09-medium-random", rnd(100, 150, 0.35, (R.randrange(100), 0), (R.randrange(100), 149)))
emit("10-max-open", rnd(M, M, 0.0, (0, 0), (M - 1, M - 1)))
emit("11-max-random", rnd(M, M, 0.3, (0, 0), (M - 1, M - 1)))
emit("12-max-snake", snake(M, M))
emit("13-max-unreachable", rnd(M, M, 0.55, (0, 0), (M - 1, M - 1)))
emit("14-max-open-center", rnd(M, M, 0.1, (M // 2, M // 2), (M // 2 + 1, M // 2)))
