import sys

# Mistake: treats the problem as "cheapest connected subgraph" and also takes
# every negative edge even when it closes a cycle.


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    joined = 0
    for w, a, b in edges:
        a, b = find(a), find(b)
        if a != b:
            parent[a] = b
            joined += 1
            total += w
        elif w < 0:
            total += w
    print(total if joined == n - 1 else "IMPOSSIBLE")


main()
