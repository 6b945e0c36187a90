from collections import Counter


class Solution:
    def classify(self, X, y, tests):
        # A depth-1 tree (decision stump): one split is not enough for deeper concepts.
        n, d = len(X), len(X[0])
        best = None
        for f in range(d):
            for t in sorted(set(x[f] for x in X)):
                lo = Counter(y[i] for i in range(n) if X[i][f] < t)
                hi = Counter(y[i] for i in range(n) if X[i][f] >= t)
                correct = (max(lo.values()) if lo else 0) + (max(hi.values()) if hi else 0)
                if best is None or correct > best[0]:
                    best = (correct, f, t, lo.most_common(1)[0][0] if lo else None, hi.most_common(1)[0][0])
        _, f, t, a, b = best
        return [(a if a is not None else b) if x[f] < t else b for x in tests]
