"""Mistake: after waiting for tellers to free up at time T, the next customer (who arrived before T)
is started at their own arrival time: a teller freed at T is treated as free since the arrival.
Start times must never decrease with one FIFO queue (test 15-wait-then-queue)."""
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    free = list(range(1, k + 1))
    busy = []
    out = []
    pos = 2
    for _ in range(n):
        t, d = int(data[pos]), int(data[pos + 1])
        pos += 2
        while busy and busy[0][0] <= t:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            start = t
        else:
            start = busy[0][0]
            while busy and busy[0][0] == start:
                heapq.heappush(free, heapq.heappop(busy)[1])
        teller = heapq.heappop(free)
        heapq.heappush(busy, (start + d, teller))
        out.append("%d %d" % (start, teller))
    sys.stdout.write("\n".join(out) + "\n")


main()
