import heapq


class MedianTracker:
    """Two heaps: `lo` (max-heap, negated) holds the smaller half, `hi` the larger.
    Deletions are lazy: a value is marked in `delayed` and physically popped only
    when it reaches the top of a heap. `lo_size`/`hi_size` count live elements."""

    def __init__(self):
        self.lo = []
        self.hi = []
        self.lo_size = 0
        self.hi_size = 0
        self.delayed = {}
        self.count = {}

    def _prune(self, heap, sign):
        while heap:
            x = sign * heap[0]
            d = self.delayed.get(x, 0)
            if not d:
                return
            if d == 1:
                del self.delayed[x]
            else:
                self.delayed[x] = d - 1
            heapq.heappop(heap)

    def _rebalance(self):
        if self.lo_size > self.hi_size + 1:
            heapq.heappush(self.hi, -heapq.heappop(self.lo))
            self.lo_size -= 1
            self.hi_size += 1
            self._prune(self.lo, -1)
        elif self.lo_size < self.hi_size:
            heapq.heappush(self.lo, -heapq.heappop(self.hi))
            self.hi_size -= 1
            self.lo_size += 1
            self._prune(self.hi, 1)

    def add(self, num):
        self.count[num] = self.count.get(num, 0) + 1
        if not self.lo or num <= -self.lo[0]:
            heapq.heappush(self.lo, -num)
            self.lo_size += 1
        else:
            heapq.heappush(self.hi, num)
            self.hi_size += 1
        self._rebalance()

    def remove(self, num):
        c = self.count.get(num, 0)
        if not c:
            return False
        self.count[num] = c - 1
        self.delayed[num] = self.delayed.get(num, 0) + 1
        if num <= -self.lo[0]:
            self.lo_size -= 1
            if num == -self.lo[0]:
                self._prune(self.lo, -1)
        else:
            self.hi_size -= 1
            if num == self.hi[0]:
                self._prune(self.hi, 1)
        self._rebalance()
        return True

    def median(self):
        return -self.lo[0]
