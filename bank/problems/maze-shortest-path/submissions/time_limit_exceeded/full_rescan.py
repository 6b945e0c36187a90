# Expands the reached set one step at a time by rescanning the whole maze: O(RC * answer).
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    maze = "".join(data[2:2 + r])
    start, goal = maze.index("S"), maze.index("E")
    dist = [-1] * (r * c)
    dist[start] = 0
    step = 0
    changed = True
    while changed and dist[goal] < 0:
        changed = False
        for v in range(r * c):
            if dist[v] != step:
                continue
            row, col = divmod(v, c)
            for u, ok in ((v - c, row > 0), (v + c, row < r - 1), (v - 1, col > 0), (v + 1, col < c - 1)):
                if ok and dist[u] < 0 and maze[u] != "#":
                    dist[u] = step + 1
                    changed = True
        step += 1
    print(dist[goal])


main()
