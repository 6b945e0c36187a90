# Forgets that x + x needs x to have been added twice.
class TwoSum:
    def __init__(self):
        self.s = set()

    def add(self, number):
        self.s.add(number)

    def find(self, value):
        return any(value - x in self.s for x in self.s)
