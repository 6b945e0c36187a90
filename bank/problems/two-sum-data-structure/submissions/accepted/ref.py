class TwoSum:
    def __init__(self):
        self.count = {}  # value -> how many times it was added

    def add(self, number):
        self.count[number] = self.count.get(number, 0) + 1

    def find(self, value):
        count = self.count
        for x in count:
            y = value - x
            if y in count and (y != x or count[x] > 1):
                return True
        return False
