"""Independent solution written from the statement alone: exact area via Green's theorem over the uncovered boundary arcs of each (deduplicated, non-contained) circle, O(n^2 log n)."""
import sys
import math


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    circles = []
    for i in range(n):
        x, y, r = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        circles.append((x, y, r))
    # deduplicate identical circles
    circles = sorted(set(circles))
    # remove circles contained (possibly tangentially) in another distinct circle
    keep = []
    for i, (xi, yi, ri) in enumerate(circles):
        inside = False
        for j, (xj, yj, rj) in enumerate(circles):
            if i == j or rj < ri:
                continue
            d2 = (xi - xj) ** 2 + (yi - yj) ** 2
            if d2 <= (rj - ri) ** 2:
                # rj >= ri and distinct circles -> i inside j (equal circles were deduplicated)
                inside = True
                break
        if not inside:
            keep.append((xi, yi, ri))
    circles = keep
    TWO_PI = 2.0 * math.pi
    total = 0.0
    for i, (xi, yi, ri) in enumerate(circles):
        intervals = []
        for j, (xj, yj, rj) in enumerate(circles):
            if i == j:
                continue
            dx, dy = xj - xi, yj - yi
            d2 = dx * dx + dy * dy
            if d2 >= (ri + rj) ** 2:
                continue  # disjoint or externally tangent
            d = math.sqrt(d2)
            a = math.atan2(dy, dx)
            c = (ri * ri + d2 - rj * rj) / (2.0 * ri * d)
            c = max(-1.0, min(1.0, c))
            b = math.acos(c)
            lo, hi = a - b, a + b
            # normalise into [0, 2pi)
            while lo < 0:
                lo += TWO_PI
                hi += TWO_PI
            while lo >= TWO_PI:
                lo -= TWO_PI
                hi -= TWO_PI
            if hi > TWO_PI:
                intervals.append((lo, TWO_PI))
                intervals.append((0.0, hi - TWO_PI))
            else:
                intervals.append((lo, hi))
        intervals.sort()
        # collect uncovered arcs
        arcs = []
        cur = 0.0
        for lo, hi in intervals:
            if lo > cur:
                arcs.append((cur, lo))
            if hi > cur:
                cur = hi
        if cur < TWO_PI:
            arcs.append((cur, TWO_PI))
        for t1, t2 in arcs:
            total += 0.5 * (ri * ri * (t2 - t1)
                            + ri * (xi * (math.sin(t2) - math.sin(t1))
                                    - yi * (math.cos(t2) - math.cos(t1))))
    sys.stdout.write("%.6f\n" % total)


main()
