"""Mistake: always takes the teller that became free earliest, not the smallest-numbered free one."""
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    tellers = [(0, i) for i in range(1, k + 1)]
    out = []
    pos = 2
    for _ in range(n):
        t, d = int(data[pos]), int(data[pos + 1])
        pos += 2
        free_at, teller = heapq.heappop(tellers)
        start = max(t, free_at)
        heapq.heappush(tellers, (start + d, teller))
        out.append("%d %d" % (start, teller))
    sys.stdout.write("\n".join(out) + "\n")


main()
