"""Independent solution written from the statement alone: count inversions (pairs i<j, a_i>a_j) with a Fenwick tree over value ranks, O(n log n)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    vals = sorted(set(a))
    rank = {v: i + 1 for i, v in enumerate(vals)}
    m = len(vals)
    tree = [0] * (m + 1)
    inv = 0
    seen = 0
    # process left to right; for each element count earlier elements strictly greater
    for v in a:
        r = rank[v]
        # count of earlier elements with rank <= r
        s = 0
        i = r
        while i > 0:
            s += tree[i]
            i &= i - 1
        inv += seen - s
        seen += 1
        i = r
        while i <= m:
            tree[i] += 1
            i += i & (-i)
    sys.stdout.write(str(inv) + "\n")


main()
