import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    U = data[2:2 + 3 * m:3]
    V = data[3:3 + 3 * m:3]
    W = list(map(int, data[4:4 + 3 * m:3]))
    parent = list(range(n + 1))
    total = 0
    joined = 0
    for i in sorted(range(m), key=W.__getitem__):
        a, b = int(U[i]), int(V[i])
        # find with path halving
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a != b:
            parent[a] = b
            total += W[i]
            joined += 1
            if joined == n - 1:
                break
    print(total if joined == n - 1 else "IMPOSSIBLE")


main()
