# Counts the cells on the path (including S) instead of the steps between them.
import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    maze = "".join(data[2:2 + r])
    start, goal = maze.index("S"), maze.index("E")
    dist = [0] * (r * c)
    dist[start] = 1
    q = deque([start])
    while q:
        v = q.popleft()
        row, col = divmod(v, c)
        for u, ok in ((v - c, row > 0), (v + c, row < r - 1), (v - 1, col > 0), (v + 1, col < c - 1)):
            if ok and not dist[u] and maze[u] != "#":
                dist[u] = dist[v] + 1
                q.append(u)
    print(dist[goal] if dist[goal] else -1)


main()
