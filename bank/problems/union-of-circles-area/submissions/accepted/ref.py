"""Exact area of a union of circles with Green's theorem over the uncovered boundary arcs."""
import math
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    circles = sorted({(int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])) for i in range(n)})
    # drop circles contained in another (distinct) circle: their boundary is never on the union's boundary
    keep = []
    for i, (x, y, r) in enumerate(circles):
        inside = False
        for j, (u, v, s) in enumerate(circles):
            if i != j and s >= r and (x - u) ** 2 + (y - v) ** 2 <= (s - r) ** 2:
                inside = True
                break
        if not inside:
            keep.append((x, y, r))
    two_pi = 2 * math.pi
    area2 = 0.0   # twice the area
    for i, (x, y, r) in enumerate(keep):
        covered = []
        for j, (u, v, s) in enumerate(keep):
            if i == j:
                continue
            d2 = (u - x) ** 2 + (v - y) ** 2
            if d2 >= (r + s) ** 2:
                continue                       # disjoint or externally tangent
            d = math.sqrt(d2)
            a = math.atan2(v - y, u - x)
            cos_phi = (r * r + d2 - s * s) / (2 * r * d)
            phi = math.acos(max(-1.0, min(1.0, cos_phi)))
            lo, hi = (a - phi) % two_pi, (a + phi) % two_pi
            if lo <= hi:
                covered.append((lo, hi))
            else:                               # wraps around angle 0
                covered.append((lo, two_pi))
                covered.append((0.0, hi))
        covered.sort()
        arcs, cur = [], 0.0
        for lo, hi in covered:
            if lo > cur:
                arcs.append((cur, lo))
            cur = max(cur, hi)
        if cur < two_pi:
            arcs.append((cur, two_pi))
        for t1, t2 in arcs:
            area2 += r * r * (t2 - t1) + r * x * (math.sin(t2) - math.sin(t1)) - r * y * (math.cos(t2) - math.cos(t1))
    print(f"{area2 / 2:.6f}")


main()
