# Depth-first search reports the length of the first path it finds, which need not be the shortest.
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    maze = "".join(data[2:2 + r])
    start, goal = maze.index("S"), maze.index("E")
    dist = [-1] * (r * c)
    dist[start] = 0
    stack = [start]
    while stack:
        v = stack.pop()
        if v == goal:
            break
        row, col = divmod(v, c)
        for u, ok in ((v - c, row > 0), (v + c, row < r - 1), (v - 1, col > 0), (v + 1, col < c - 1)):
            if ok and dist[u] < 0 and maze[u] != "#":
                dist[u] = dist[v] + 1
                stack.append(u)
    print(dist[goal])


main()
