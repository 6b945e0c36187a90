import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    maze = "".join(data[2:2 + r])
    start, goal = maze.index("S"), maze.index("E")
    dist = [-1] * (r * c)
    dist[start] = 0
    q = deque([start])
    while q:
        v = q.popleft()
        if v == goal:
            break
        d = dist[v] + 1
        row, col = divmod(v, c)
        for u, ok in ((v - c, row > 0), (v + c, row < r - 1), (v - 1, col > 0), (v + 1, col < c - 1)):
            if ok and dist[u] < 0 and maze[u] != "#":
                dist[u] = d
                q.append(u)
    print(dist[goal])


main()
