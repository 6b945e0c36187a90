import sys

# Naive Kruskal: components are stored as labels and a merge relabels every
# vertex, O(n) per merge, O(n^2) overall.


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = sorted((int(data[4 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(m))
    comp = list(range(n + 1))
    total = 0
    joined = 0
    for w, a, b in edges:
        ca, cb = comp[a], comp[b]
        if ca != cb:
            for v in range(1, n + 1):
                if comp[v] == cb:
                    comp[v] = ca
            total += w
            joined += 1
    print(total if joined == n - 1 else "IMPOSSIBLE")


main()
