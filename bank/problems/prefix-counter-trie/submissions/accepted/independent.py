"""Independent solution written from the statement alone: a hashed trie (each trie node is identified by its prefix string) storing, per node, how many words pass through it, plus a per-word count; O(L) per operation."""


class PrefixCounter:
    def __init__(self):
        self.passing = {}   # prefix -> number of stored words having this prefix (trie pass count)
        self.ending = {}    # word -> multiplicity (trie end count)

    def insert(self, word: str) -> None:
        passing = self.passing
        for i in range(1, len(word) + 1):
            p = word[:i]
            passing[p] = passing.get(p, 0) + 1
        self.ending[word] = self.ending.get(word, 0) + 1

    def countEqual(self, word: str) -> int:
        return self.ending.get(word, 0)

    def countPrefix(self, prefix: str) -> int:
        return self.passing.get(prefix, 0)

    def erase(self, word: str) -> bool:
        c = self.ending.get(word, 0)
        if c == 0:
            return False
        if c == 1:
            del self.ending[word]
        else:
            self.ending[word] = c - 1
        passing = self.passing
        for i in range(1, len(word) + 1):
            p = word[:i]
            v = passing[p] - 1
            if v:
                passing[p] = v
            else:
                del passing[p]
        return True
