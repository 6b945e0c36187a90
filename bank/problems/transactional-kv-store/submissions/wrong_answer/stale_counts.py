# Mistake: rollback restores the values but not the per-value counters.
class TransactionalStore:
    def __init__(self):
        self.data = {}
        self.count = {}
        self.logs = []

    def _write(self, key, value):
        old = self.data.get(key)
        if self.logs and key not in self.logs[-1]:
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
            if old is None:
                self.data.pop(key, None)
            else:
                self.data[key] = old
        return True

    def commit(self):
        if not self.logs:
            return False
        child = self.logs.pop()
        if self.logs:
            for key, old in child.items():
                self.logs[-1].setdefault(key, old)
        return True
