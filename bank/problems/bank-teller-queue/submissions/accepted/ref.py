"""Event simulation with two heaps: busy tellers by (free time, id), free tellers by id."""
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    free = list(range(1, k + 1))  # already a valid heap
    busy = []
    out = []
    pos = 2
    start = 0  # one FIFO queue: start times never decrease
    for _ in range(n):
        t, d = int(data[pos]), int(data[pos + 1])
        pos += 2
        start = max(start, t)  # not before arrival, nor before the one ahead started
        while busy and busy[0][0] <= start:  # tellers done by then are free
            heapq.heappush(free, heapq.heappop(busy)[1])
        if not free:  # wait for the earliest finish; every teller finishing then is free
            start = busy[0][0]
            while busy and busy[0][0] == start:
                heapq.heappush(free, heapq.heappop(busy)[1])
        teller = heapq.heappop(free)
        heapq.heappush(busy, (start + d, teller))
        out.append("%d %d" % (start, teller))
    sys.stdout.write("\n".join(out) + "\n")


main()
