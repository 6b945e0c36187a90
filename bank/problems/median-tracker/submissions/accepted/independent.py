"""Independent solution written from the statement alone: two heaps (max-heap low half holding ceil(k/2) elements, min-heap high half) with per-heap lazy deletion and a value counter, O(log n) amortised per operation."""
import heapq


class MedianTracker:
    def __init__(self):
        self.low = []        # max-heap via negation; holds the ceil(k/2) smallest live elements
        self.high = []       # min-heap; the rest
        self.del_low = {}    # value -> number of dead copies still physically inside low
        self.del_high = {}
        self.n_low = 0       # live sizes
        self.n_high = 0
        self.cnt = {}        # live multiplicity of each value

    def _prune_low(self):
        low, dl = self.low, self.del_low
        while low:
            v = -low[0]
            c = dl.get(v, 0)
            if c:
                heapq.heappop(low)
                if c == 1:
                    del dl[v]
                else:
                    dl[v] = c - 1
            else:
                break

    def _prune_high(self):
        high, dh = self.high, self.del_high
        while high:
            v = high[0]
            c = dh.get(v, 0)
            if c:
                heapq.heappop(high)
                if c == 1:
                    del dh[v]
                else:
                    dh[v] = c - 1
            else:
                break

    def _rebalance(self):
        # want n_low == n_high or n_low == n_high + 1
        if self.n_low > self.n_high + 1:
            self._prune_low()
            v = -heapq.heappop(self.low)
            heapq.heappush(self.high, v)
            self.n_low -= 1
            self.n_high += 1
        elif self.n_low < self.n_high:
            self._prune_high()
            v = heapq.heappop(self.high)
            heapq.heappush(self.low, -v)
            self.n_high -= 1
            self.n_low += 1
        self._prune_low()
        self._prune_high()

    def add(self, num: int) -> None:
        self.cnt[num] = self.cnt.get(num, 0) + 1
        self._prune_low()
        if self.n_low == 0 or num <= -self.low[0]:
            heapq.heappush(self.low, -num)
            self.n_low += 1
        else:
            heapq.heappush(self.high, num)
            self.n_high += 1
        self._rebalance()

    def remove(self, num: int) -> bool:
        c = self.cnt.get(num, 0)
        if c == 0:
            return False
        if c == 1:
            del self.cnt[num]
        else:
            self.cnt[num] = c - 1
        self._prune_low()
        # low top is live; every value < top lives only in low, and the top value has a live copy in low
        if self.n_low and num <= -self.low[0]:
            self.del_low[num] = self.del_low.get(num, 0) + 1
            self.n_low -= 1
        else:
            self.del_high[num] = self.del_high.get(num, 0) + 1
            self.n_high -= 1
        self._rebalance()
        return True

    def median(self) -> int:
        self._prune_low()
        return -self.low[0]
