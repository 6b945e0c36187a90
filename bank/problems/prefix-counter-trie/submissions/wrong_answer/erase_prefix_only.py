class PrefixCounter:
    """Array-based trie: node k has children nxt[k] (dict char -> node),
    passing[k] = words whose path goes through k, ending[k] = words ending at k."""

    def __init__(self):
        self.nxt = [{}]
        self.passing = [0]
        self.ending = [0]

    def _find(self, s):
        k = 0
        for ch in s:
            k = self.nxt[k].get(ch)
            if k is None:
                return None
        return k

    def insert(self, word):
        k = 0
        self.passing[0] += 1
        for ch in word:
            child = self.nxt[k].get(ch)
            if child is None:
                child = len(self.nxt)
                self.nxt[k][ch] = child
                self.nxt.append({})
                self.passing.append(0)
                self.ending.append(0)
            k = child
            self.passing[k] += 1
        self.ending[k] += 1

    def countEqual(self, word):
        k = self._find(word)
        return 0 if k is None else self.ending[k]

    def countPrefix(self, prefix):
        k = self._find(prefix)
        return 0 if k is None else self.passing[k]

    def erase(self, word):
        # Mistake: only checks that the path exists, not that a word ends here,
        # so erasing a mere prefix ("app" when only "apple" is stored) succeeds
        # and corrupts the counts.
        k = self._find(word)
        if k is None:
            return False
        self.ending[k] -= 1
        k = 0
        self.passing[0] -= 1
        for ch in word:
            k = self.nxt[k][ch]
            self.passing[k] -= 1
        return True
