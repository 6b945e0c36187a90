"""Independent solution written from the statement alone: a FIFO deque plus a monotonic (non-increasing) deque of candidate maxima; amortized O(1) per operation."""
from collections import deque


class MaxQueue:
    def __init__(self):
        self.q = deque()
        self.mx = deque()  # non-increasing; duplicates kept

    def pushBack(self, value: int) -> None:
        self.q.append(value)
        mx = self.mx
        while mx and mx[-1] < value:
            mx.pop()
        mx.append(value)

    def popFront(self) -> int:
        if not self.q:
            return -1
        v = self.q.popleft()
        if self.mx and self.mx[0] == v:
            self.mx.popleft()
        return v

    def getMax(self) -> int:
        if not self.mx:
            return -1
        return self.mx[0]
