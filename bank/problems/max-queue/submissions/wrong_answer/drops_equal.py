from collections import deque


class MaxQueue:
    """Bug: pops candidates that are <= value, so a duplicate maximum is represented once."""

    def __init__(self):
        self.items = deque()
        self.cand = deque()

    def pushBack(self, value: int) -> None:
        self.items.append(value)
        while self.cand and self.cand[-1] <= value:
            self.cand.pop()
        self.cand.append(value)

    def popFront(self) -> int:
        if not self.items:
            return -1
        v = self.items.popleft()
        if self.cand and self.cand[0] == v:
            self.cand.popleft()
        return v

    def getMax(self) -> int:
        return self.cand[0] if self.cand else -1
