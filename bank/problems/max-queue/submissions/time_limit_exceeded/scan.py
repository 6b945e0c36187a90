from collections import deque


class MaxQueue:
    """Naive: scan the whole queue on every getMax, O(n) per query."""

    def __init__(self):
        self.items = deque()

    def pushBack(self, value: int) -> None:
        self.items.append(value)

    def popFront(self) -> int:
        return self.items.popleft() if self.items else -1

    def getMax(self) -> int:
        best = -1
        for v in self.items:
            if v > best:
                best = v
        return best
