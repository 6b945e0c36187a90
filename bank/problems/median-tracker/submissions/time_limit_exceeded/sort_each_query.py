class MedianTracker:
    """Naive: an unsorted list; every median() sorts it, O(k log k) per query."""

    def __init__(self):
        self.a = []

    def add(self, num):
        self.a.append(num)

    def remove(self, num):
        try:
            self.a.remove(num)
            return True
        except ValueError:
            return False

    def median(self):
        return sorted(self.a)[(len(self.a) - 1) // 2]
