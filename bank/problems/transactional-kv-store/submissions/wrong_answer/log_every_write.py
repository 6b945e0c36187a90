# Mistake: the log keeps the value before the LAST write of a key, so rollback after two writes to
# the same key restores the intermediate value.
class TransactionalStore:
    def __init__(self):
        self.data = {}
        self.count = {}
        self.logs = []

    def _write(self, key, value):
        old = self.data.get(key)
        if self.logs:
            self.logs[-1][key] = old
        if old is not None:
            self.count[old] -= 1
            del self.data[key]
        if value is not None:
            self.data[key] = value
            self.count[value] = self.count.get(value, 0) + 1

    def set(self, key, value):
        self._write(key, value)

    def get(self, key):
        return self.data.get(key, -1)

    def unset(self, key):
        if key in self.data:
            self._write(key, None)

    def countValue(self, value):
        return self.count.get(value, 0)

    def begin(self):
        self.logs.append({})

    def rollback(self):
        if not self.logs:
            return False
        for key, old in self.logs.pop().items():
            cur = self.data.pop(key, None)
            if cur is not None:
                self.count[cur] -= 1
            if old is not None:
                self.data[key] = old
                self.count[old] = self.count.get(old, 0) + 1
        return True

    def commit(self):
        if not self.logs:
            return False
        child = self.logs.pop()
        if self.logs:
            for key, old in child.items():
                self.logs[-1].setdefault(key, old)
        return True
