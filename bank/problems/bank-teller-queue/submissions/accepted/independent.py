"""Independent solution written from the statement alone: event-driven FCFS simulation with a heap of busy windows (by free time) and a heap of free window numbers, O((n + k) log k)."""
import sys
import heapq


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0]); k = int(data[1])
    free = list(range(1, k + 1))          # heap of free window numbers (already a valid heap)
    busy = []                             # heap of (free_time, window)
    out = []
    pos = 2
    now = 0                               # start times are non-decreasing under FCFS
    push = heapq.heappush; pop = heapq.heappop
    for _ in range(n):
        t = int(data[pos]); d = int(data[pos + 1]); pos += 2
        if t > now:
            now = t
        # the customer cannot start before the one ahead of them: look at time `now`
        while busy and busy[0][0] <= now:
            push(free, pop(busy)[1])
        if free:
            s = now
        else:
            s = busy[0][0]
            while busy and busy[0][0] == s:
                push(free, pop(busy)[1])
        now = s
        w = pop(free)
        push(busy, (s + d, w))
        out.append("%d %d" % (s, w))
    sys.stdout.write("\n".join(out) + "\n")


main()
