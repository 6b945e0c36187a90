# A set cannot tell a value added once from one added twice, so 3 + 3 is never found.
class TwoSum:
    def __init__(self):
        self.s = set()

    def add(self, number):
        self.s.add(number)

    def find(self, value):
        return any(value - x in self.s and value - x != x for x in self.s)
