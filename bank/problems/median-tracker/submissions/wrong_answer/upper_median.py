class MedianTracker:
    """Mistake: returns the element at index k // 2 (the upper median for even
    k) instead of the ceil(k/2)-th smallest. Uses a sorted list (slow but simple)."""

    def __init__(self):
        import bisect
        self.bisect = bisect
        self.a = []

    def add(self, num):
        self.bisect.insort(self.a, num)

    def remove(self, num):
        i = self.bisect.bisect_left(self.a, num)
        if i < len(self.a) and self.a[i] == num:
            self.a.pop(i)
            return True
        return False

    def median(self):
        return self.a[len(self.a) // 2]
