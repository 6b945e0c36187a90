"""Independent solution written from the statement alone: Kruskal's algorithm (sort edges by weight, union-find with path halving + union by size), O(m log m)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    us = data[2:2 + 3 * m:3]
    vs = data[3:3 + 3 * m:3]
    ws = list(map(int, data[4:4 + 3 * m:3]))
    order = sorted(range(m), key=ws.__getitem__)
    parent = list(range(n + 1))
    size = [1] * (n + 1)
    total = 0
    used = 0
    need = n - 1
    for e in order:
        if used == need:
            break
        a = int(us[e])
        b = int(vs[e])
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        while parent[b] != b:
            parent[b] = parent[parent[b]]
            b = parent[b]
        if a == b:
            continue
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
        total += ws[e]
        used += 1
    if used == need:
        print(total)
    else:
        print("IMPOSSIBLE")


main()
