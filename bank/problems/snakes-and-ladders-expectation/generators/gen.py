"""Hidden tests for snakes-and-ladders-expectation."""
import json
import random

rng = random.Random(1892)


def emit(name, n, jumps):
    starts = {a for a, _ in jumps}
    assert 2 <= n <= 100 and len(starts) == len(jumps)
    for a, b in jumps:
        assert 1 < a < n and 1 <= b <= n and a != b and b not in starts
    # n must be reachable: some cell in [n-6, n-1] that is not a jump start (or a ladder to n)
    assert any(c not in starts for c in range(max(1, n - 6), n)) or any(b == n for _, b in jumps)
    print(json.dumps({"name": name, "input": json.dumps([n, jumps])}))


def random_board(n, k_snakes, k_ladders):
    cells = list(range(2, n))
    rng.shuffle(cells)
    starts = cells[:k_snakes + k_ladders]
    taken = set(starts)
    jumps = []
    for idx, a in enumerate(starts):
        snake = idx < k_snakes
        choices = [b for b in (range(1, a) if snake else range(a + 1, n + 1)) if b not in taken]
        if choices:
            jumps.append([a, rng.choice(choices)])
    return jumps


emit("01-two-cells", 2, [])
emit("02-seven-cells", 7, [])
emit("03-no-jumps-100", 100, [])
emit("04-ladder-to-end", 10, [[2, 10]])
emit("05-snake-to-start", 10, [[9, 1]])
classic = [[1 + 0, 0]] if False else [[4, 14], [9, 31], [17, 7], [20, 38], [28, 84], [40, 59], [51, 67], [54, 34],
                                      [62, 19], [63, 81], [64, 60], [71, 91], [87, 24], [93, 73], [95, 75], [99, 78]]
emit("06-classic-board", 100, classic)
# five of the last six cells are snakes back to the start: slow-mixing chain, huge expectation
emit("07-trap-near-end", 100, [[94, 1], [95, 1], [96, 2], [97, 1], [99, 3], [50, 1], [70, 2]])
for t in range(3):
    emit(f"{8 + t:02d}-random-{t}", 100, random_board(100, 8 + 4 * t, 8))
emit("11-many-snakes", 100, random_board(100, 40, 5))
emit("12-many-ladders", 100, random_board(100, 5, 40))
# a snake back to the start on most of the last 30 cells: the answer is 554172.00004..., near the
# 10^6 bound (value iteration needs millions of sweeps; a 32-bit float loses the digits)
emit("13-long-trap", 100, [[c, 1] for c in range(70, 100) if c % 6 != 1])
