class TransactionalStore:
    """Undo log per open transaction: key -> value before the transaction first touched it."""

    def __init__(self):
        self.data = {}
        self.count = {}
        self.logs = []  # one dict per open transaction; None as an old value = key was absent

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

    def set(self, key: str, value: int) -> None:
        self._write(key, value)

    def get(self, key: str) -> int:
        return self.data.get(key, -1)

    def unset(self, key: str) -> None:
        if key in self.data:
            self._write(key, None)

    def countValue(self, value: int) -> int:
        return self.count.get(value, 0)

    def begin(self) -> None:
        self.logs.append({})

    def rollback(self) -> bool:
        if not self.logs:
            return False
        log = self.logs.pop()
        for key, old in log.items():
            cur = self.data.pop(key, None)
            if cur is not None:
                self.count[cur] -= 1
            if old is not None:
                self.data[key] = old
                self.count[old] = self.count.get(old, 0) + 1
        return True

    def commit(self) -> bool:
        if not self.logs:
            return False
        child = self.logs.pop()
        if self.logs:  # merge into the enclosing transaction; its (older) values win
            parent = self.logs[-1]
            if len(parent) >= len(child):
                for key, old in child.items():
                    if key not in parent:
                        parent[key] = old
            else:  # small-to-large: iterate over the smaller log
                child.update(parent)
                self.logs[-1] = child
        return True
