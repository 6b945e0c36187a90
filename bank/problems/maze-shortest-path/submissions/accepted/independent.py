"""Independent solution written from the statement alone: breadth-first search on the grid (flattened, padded with a wall border), O(R*C)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    R = int(data[0])
    C = int(data[1])
    rows = [data[2 + i].decode() for i in range(R)]
    W = C + 2
    # padded grid: border of walls
    grid = bytearray(b"#" * (W * (R + 2)))
    s = e = -1
    for i in range(R):
        row = rows[i]
        base = (i + 1) * W + 1
        grid[base:base + C] = row.encode()
        j = row.find("S")
        if j >= 0:
            s = base + j
        j = row.find("E")
        if j >= 0:
            e = base + j
    if s == e:
        print(0)
        return
    N = W * (R + 2)
    dist = [-1] * N
    wall = 35  # ord('#')
    dist[s] = 0
    frontier = [s]
    d = 0
    steps = (1, -1, W, -W)
    while frontier:
        d += 1
        nxt = []
        push = nxt.append
        for u in frontier:
            for st in steps:
                v = u + st
                if dist[v] < 0 and grid[v] != wall:
                    if v == e:
                        print(d)
                        return
                    dist[v] = d
                    push(v)
        frontier = nxt
    print(-1)


main()
