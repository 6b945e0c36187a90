from collections import Counter


class Solution:
    def classify(self, X, y, tests):
        # CART with a naive split search: for every candidate threshold, rescan the whole node.
        # O(d * n^2) per level instead of O(d * n log n).
        d = len(X[0])

        def gini(labels):
            n = len(labels)
            if n == 0:
                return 0.0
            return n - sum(c * c for c in Counter(labels).values()) / n

        def build(idx, depth):
            counts = Counter(y[i] for i in idx)
            majority = max(sorted(counts), key=counts.__getitem__)
            if len(counts) == 1 or depth == 8 or len(idx) < 12:
                return majority
            best = None
            for f in range(d):
                values = sorted(set(X[i][f] for i in idx))
                for a, b in zip(values, values[1:]):
                    t = (a + b) / 2
                    left = [y[j] for j in idx if X[j][f] < t]
                    right = [y[j] for j in idx if X[j][f] >= t]
                    s = gini(left) + gini(right)
                    if best is None or s < best[0] - 1e-12:
                        best = (s, f, t)
            if best is None:
                return majority
            _, f, t = best
            return (f, t, build([i for i in idx if X[i][f] < t], depth + 1),
                    build([i for i in idx if X[i][f] >= t], depth + 1))

        tree = build(list(range(len(X))), 0)
        out = []
        for x in tests:
            node = tree
            while not isinstance(node, int):
                f, t, lo, hi = node
                node = lo if x[f] < t else hi
            out.append(node)
        return out
