# Hand-written binary search for "first index with a[i] >= x" that stops on any equal element,
# so with duplicates it may land in the middle of a run.
import sys


def find(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
out = []
pos = 2 + n
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    out.append(find(a, r + 1) - find(a, l))
print("\n".join(map(str, out)))
