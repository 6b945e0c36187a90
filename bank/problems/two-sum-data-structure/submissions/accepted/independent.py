"""Independent solution written from the statement alone: multiset as a value -> count hash map; find scans the distinct values and looks up the complement (needing count >= 2 when both halves are equal), add O(1), find O(k)."""


class TwoSum:
    def __init__(self):
        self.cnt = {}
        self.lo = None  # smallest / largest value added, to reject far targets at once
        self.hi = None

    def add(self, number: int) -> None:
        c = self.cnt
        c[number] = c.get(number, 0) + 1
        if self.lo is None or number < self.lo:
            self.lo = number
        if self.hi is None or number > self.hi:
            self.hi = number

    def find(self, value: int) -> bool:
        c = self.cnt
        if not c or value < 2 * self.lo or value > 2 * self.hi:
            return False
        if value % 2 == 0 and c.get(value // 2, 0) >= 2:
            return True
        for x in c:
            y = value - x
            if y != x and y in c:
                return True
        return False
