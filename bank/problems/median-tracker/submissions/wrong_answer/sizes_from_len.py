import heapq


class MedianTracker:
    """Mistake: lazy deletion, but the halves are balanced by len(heap), which
    still counts the deleted-but-not-yet-popped entries."""

    def __init__(self):
        self.lo = []
        self.hi = []
        self.delayed = {}
        self.count = {}

    def _prune(self, heap, sign):
        while heap and self.delayed.get(sign * heap[0], 0):
            self.delayed[sign * heap[0]] -= 1
            heapq.heappop(heap)

    def _rebalance(self):
        if len(self.lo) > len(self.hi) + 1:
            heapq.heappush(self.hi, -heapq.heappop(self.lo))
            self._prune(self.lo, -1)
        elif len(self.lo) < len(self.hi):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))
            self._prune(self.hi, 1)

    def add(self, num):
        self.count[num] = self.count.get(num, 0) + 1
        if not self.lo or num <= -self.lo[0]:
            heapq.heappush(self.lo, -num)
        else:
            heapq.heappush(self.hi, num)
        self._rebalance()

    def remove(self, num):
        if not self.count.get(num, 0):
            return False
        self.count[num] -= 1
        self.delayed[num] = self.delayed.get(num, 0) + 1
        if num <= -self.lo[0]:
            self._prune(self.lo, -1)
        else:
            self._prune(self.hi, 1)
        self._rebalance()
        return True

    def median(self):
        return -self.lo[0]
