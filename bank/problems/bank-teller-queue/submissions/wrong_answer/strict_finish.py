"""Mistake: a teller finishing exactly when a customer arrives is not considered free yet."""
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    free = list(range(1, k + 1))
    busy = []
    out = []
    pos = 2
    start = 0
    for _ in range(n):
        t, d = int(data[pos]), int(data[pos + 1])
        pos += 2
        start = max(start, t)
        while busy and busy[0][0] < start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if not free:
            start = busy[0][0]
            while busy and busy[0][0] == start:
                heapq.heappush(free, heapq.heappop(busy)[1])
        teller = heapq.heappop(free)
        heapq.heappush(busy, (start + d, teller))
        out.append("%d %d" % (start, teller))
    sys.stdout.write("\n".join(out) + "\n")


main()
