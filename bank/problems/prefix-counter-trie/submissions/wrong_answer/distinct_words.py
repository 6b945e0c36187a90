class PrefixCounter:
    """Mistake: countPrefix counts distinct words below the node (a flag per
    node), ignoring how many copies of each word are stored."""

    def __init__(self):
        self.root = {}
        self.count = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", 0) + 1
        self.count[word] = self.count.get(word, 0) + 1

    def _node(self, s):
        node = self.root
        for ch in s:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def countEqual(self, word):
        return self.count.get(word, 0)

    def countPrefix(self, prefix):
        node = self._node(prefix)
        if node is None:
            return 0
        total = 0
        stack = [node]
        while stack:
            x = stack.pop()
            for key, child in x.items():
                if key == "$":
                    total += 1 if child > 0 else 0
                else:
                    stack.append(child)
        return total

    def erase(self, word):
        if not self.count.get(word, 0):
            return False
        self.count[word] -= 1
        self._node(word)["$"] -= 1
        return True
