# begin copies the whole store, countValue scans every key: O(size) per operation.
class TransactionalStore:
    def __init__(self):
        self.data = {}
        self.snaps = []

    def set(self, key, value):
        self.data[key] = value

    def get(self, key):
        return self.data.get(key, -1)

    def unset(self, key):
        self.data.pop(key, None)

    def countValue(self, value):
        return sum(1 for v in self.data.values() if v == value)

    def begin(self):
        self.snaps.append(dict(self.data))

    def rollback(self):
        if not self.snaps:
            return False
        self.data = self.snaps.pop()
        return True

    def commit(self):
        if not self.snaps:
            return False
        self.snaps.pop()
        return True
