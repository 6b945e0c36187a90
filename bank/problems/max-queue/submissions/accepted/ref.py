from collections import deque


class MaxQueue:
    """FIFO queue plus a deque of candidate maxima, kept non-increasing front to back."""

    def __init__(self):
        self.items = deque()
        self.cand = deque()

    def pushBack(self, value: int) -> None:
        self.items.append(value)
        # A smaller element before `value` can never be the max again: it leaves earlier.
        while self.cand and self.cand[-1] < value:
            self.cand.pop()
        self.cand.append(value)          # equal values are kept: each one leaves separately

    def popFront(self) -> int:
        if not self.items:
            return -1
        v = self.items.popleft()
        if self.cand[0] == v:
            self.cand.popleft()
        return v

    def getMax(self) -> int:
        return self.cand[0] if self.cand else -1
