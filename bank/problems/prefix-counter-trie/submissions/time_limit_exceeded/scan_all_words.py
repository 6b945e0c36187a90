class PrefixCounter:
    """Naive: a list of words; every query scans all of them. O(N L) per query."""

    def __init__(self):
        self.words = []

    def insert(self, word):
        self.words.append(word)

    def countEqual(self, word):
        return sum(1 for w in self.words if w == word)

    def countPrefix(self, prefix):
        return sum(1 for w in self.words if w.startswith(prefix))

    def erase(self, word):
        try:
            self.words.remove(word)
            return True
        except ValueError:
            return False
