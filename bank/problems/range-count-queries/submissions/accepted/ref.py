import sys
from bisect import bisect_left, bisect_right


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = sorted(map(int, data[2:2 + n]))
    out = []
    pos = 2 + n
    for _ in range(q):
        l, r = int(data[pos]), int(data[pos + 1])
        pos += 2
        # [first index with a >= l, first index with a > r)
        out.append(bisect_right(a, r) - bisect_left(a, l))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
