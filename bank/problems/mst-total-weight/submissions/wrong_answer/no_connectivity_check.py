import sys

# Mistake: prints the weight of the minimum spanning *forest* without checking
# that n-1 edges were taken, so a disconnected graph is not reported.


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
    for w, a, b in edges:
        a, b = find(a), find(b)
        if a != b:
            parent[a] = b
            total += w
    print(total)


main()
