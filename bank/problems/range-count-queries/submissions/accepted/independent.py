"""Independent solution written from the statement alone: sort the values once, answer each query as bisect_right(r) - bisect_left(l), O((n + q) log n)."""
import sys
from bisect import bisect_left, bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0]); q = int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    out = []
    pos = 2 + n
    for _ in range(q):
        l = int(data[pos]); r = int(data[pos + 1]); pos += 2
        out.append(bisect_right(a, r) - bisect_left(a, l))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
