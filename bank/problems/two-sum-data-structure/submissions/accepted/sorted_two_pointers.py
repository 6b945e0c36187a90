from bisect import insort


class TwoSum:
    """Keeps the elements sorted; find is a two-pointer sweep (O(n) per find, O(n) per add)."""

    def __init__(self):
        self.a = []

    def add(self, number):
        insort(self.a, number)

    def find(self, value):
        a = self.a
        lo, hi = 0, len(a) - 1
        while lo < hi:
            s = a[lo] + a[hi]
            if s == value:
                return True
            if s < value:
                lo += 1
            else:
                hi -= 1
        return False
