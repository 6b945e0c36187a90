"""Independent solution written from the statement alone: dict of key->value plus value->count, and a stack of undo logs (one per open transaction); rollback replays its log backwards, commit appends its log onto the enclosing one."""


class TransactionalStore:
    def __init__(self):
        self.data = {}
        self.cnt = {}
        self.logs = []  # one list of (key, previous value or None) per open transaction

    def _put(self, key, value):
        # value None means absent
        data = self.data
        cnt = self.cnt
        old = data.get(key)
        if old is not None:
            c = cnt[old] - 1
            if c:
                cnt[old] = c
            else:
                del cnt[old]
        if value is None:
            if old is not None:
                del data[key]
        else:
            data[key] = value
            cnt[value] = cnt.get(value, 0) + 1
        return old

    def set(self, key, value):
        old = self._put(key, value)
        if self.logs:
            self.logs[-1].append((key, old))

    def get(self, key):
        return self.data.get(key, -1)

    def unset(self, key):
        if key not in self.data:
            return
        old = self._put(key, None)
        if self.logs:
            self.logs[-1].append((key, old))

    def countValue(self, value):
        return self.cnt.get(value, 0)

    def begin(self):
        self.logs.append([])

    def rollback(self):
        if not self.logs:
            return False
        log = self.logs.pop()
        for key, old in reversed(log):
            self._put(key, old)
        return True

    def commit(self):
        if not self.logs:
            return False
        log = self.logs.pop()
        if self.logs:
            self.logs[-1].extend(log)
        return True
