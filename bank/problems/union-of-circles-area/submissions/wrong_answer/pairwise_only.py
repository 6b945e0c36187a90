import math
import sys

# Bug: inclusion-exclusion truncated after the pairwise terms (triple overlaps are subtracted
# too often). Duplicates and nested circles are handled, so only genuine triple overlaps fail.
data = sys.stdin.read().split()
n = int(data[0])
cs = sorted({(int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n)})
cs = [c for c in cs if not any(d != c and d[2] >= c[2] and (c[0] - d[0]) ** 2 + (c[1] - d[1]) ** 2 <= (d[2] - c[2]) ** 2 for d in cs)]


def lens(a, b):
    (x1, y1, r1), (x2, y2, r2) = a, b
    d = math.hypot(x1 - x2, y1 - y2)
    if d >= r1 + r2:
        return 0.0
    a1 = r1 * r1 * math.acos((d * d + r1 * r1 - r2 * r2) / (2 * d * r1))
    a2 = r2 * r2 * math.acos((d * d + r2 * r2 - r1 * r1) / (2 * d * r2))
    return a1 + a2 - 0.5 * math.sqrt(max(0.0, (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)))


total = sum(math.pi * r * r for _, _, r in cs)
for i in range(len(cs)):
    for j in range(i + 1, len(cs)):
        total -= lens(cs[i], cs[j])
print(total)
