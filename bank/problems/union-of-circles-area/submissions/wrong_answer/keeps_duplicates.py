import math
import sys

# Bug: the Green's-theorem method without removing duplicate circles: two identical circles
# each see the other as "containing" them, so both boundaries are dropped.
data = sys.stdin.read().split()
n = int(data[0])
circles = [(int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n)]
keep = [c for i, c in enumerate(circles)
        if not any(j != i and d[2] >= c[2] and (c[0] - d[0]) ** 2 + (c[1] - d[1]) ** 2 <= (d[2] - c[2]) ** 2
                   for j, d in enumerate(circles))]
TWO_PI = 2 * math.pi
area2 = 0.0
for i, (x, y, r) in enumerate(keep):
    cov = []
    for j, (u, v, s) in enumerate(keep):
        if i == j:
            continue
        d2 = (u - x) ** 2 + (v - y) ** 2
        if d2 >= (r + s) ** 2:
            continue
        d = math.sqrt(d2)
        a = math.atan2(v - y, u - x)
        phi = math.acos(max(-1.0, min(1.0, (r * r + d2 - s * s) / (2 * r * d))))
        lo, hi = (a - phi) % TWO_PI, (a + phi) % TWO_PI
        cov += [(lo, hi)] if lo <= hi else [(lo, TWO_PI), (0.0, hi)]
    cov.sort()
    cur = 0.0
    arcs = []
    for lo, hi in cov:
        if lo > cur:
            arcs.append((cur, lo))
        cur = max(cur, hi)
    if cur < TWO_PI:
        arcs.append((cur, TWO_PI))
    for t1, t2 in arcs:
        area2 += r * r * (t2 - t1) + r * x * (math.sin(t2) - math.sin(t1)) - r * y * (math.cos(t2) - math.cos(t1))
print(area2 / 2)
