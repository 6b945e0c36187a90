# Scans the whole array for every query: O(nq) = 4e10 at the maximum size.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
pos = 2 + n
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    out.append(sum(1 for x in a if l <= x <= r))
print("\n".join(map(str, out)))
