"""O(n * k): scans every teller for each customer."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    free_at = [0] * (k + 1)
    out = []
    pos = 2
    for _ in range(n):
        t, d = int(data[pos]), int(data[pos + 1])
        pos += 2
        start = max(t, min(free_at[1:]))
        teller = next(i for i in range(1, k + 1) if free_at[i] <= start)
        free_at[teller] = start + d
        out.append("%d %d" % (start, teller))
    sys.stdout.write("\n".join(out) + "\n")


main()
