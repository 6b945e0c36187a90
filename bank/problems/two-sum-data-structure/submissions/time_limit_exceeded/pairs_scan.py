class TwoSum:
    def __init__(self):
        self.a = []

    def add(self, number):
        self.a.append(number)

    def find(self, value):
        a = self.a
        n = len(a)
        for i in range(n):
            for j in range(i + 1, n):
                if a[i] + a[j] == value:
                    return True
        return False
