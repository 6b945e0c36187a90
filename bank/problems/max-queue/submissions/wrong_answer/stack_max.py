class MaxQueue:
    """Bug: keeps a running maximum like a max-stack, but never lowers it after popFront."""

    def __init__(self):
        self.items = []
        self.head = 0
        self.best = -1

    def pushBack(self, value: int) -> None:
        self.items.append(value)
        self.best = max(self.best, value)

    def popFront(self) -> int:
        if self.head == len(self.items):
            return -1
        self.head += 1
        if self.head == len(self.items):
            self.best = -1
        return self.items[self.head - 1]

    def getMax(self) -> int:
        return self.best
