from collections import Counter

MAX_DEPTH = 8
MIN_SPLIT = 12       # nodes smaller than this become leaves (limits fitting the label noise)


class Solution:
    def classify(self, X: List[List[int]], y: List[int], tests: List[List[int]]) -> List[int]:
        k = max(y) + 1
        d = len(X[0])

        def gini_sum(counts, total):
            # total * gini = total - sum(c^2) / total
            return total - sum(c * c for c in counts) / total

        def build(idx, depth):
            counts = Counter(y[i] for i in idx)
            majority = max(sorted(counts), key=counts.__getitem__)
            if len(counts) == 1 or depth == MAX_DEPTH or len(idx) < MIN_SPLIT:
                return majority
            total = [0] * k
            for i in idx:
                total[y[i]] += 1
            best = None                                   # (weighted impurity, feature, threshold)
            for f in range(d):
                order = sorted(idx, key=lambda i: X[i][f])
                left = [0] * k
                n = len(order)
                for pos in range(n - 1):
                    left[y[order[pos]]] += 1
                    a, b = X[order[pos]][f], X[order[pos + 1]][f]
                    if a == b:
                        continue                          # can only cut between distinct values
                    nl = pos + 1
                    right = [t - l for t, l in zip(total, left)]
                    score = gini_sum(left, nl) + gini_sum(right, n - nl)
                    if best is None or score < best[0] - 1e-12:
                        best = (score, f, (a + b) / 2)
            if best is None:                              # all feature vectors identical
                return majority
            _, f, t = best
            lo = [i for i in idx if X[i][f] < t]
            hi = [i for i in idx if X[i][f] >= t]
            return (f, t, build(lo, depth + 1), build(hi, depth + 1))

        tree = build(list(range(len(X))), 0)
        out = []
        for x in tests:
            node = tree
            while not isinstance(node, int):
                f, t, lo, hi = node
                node = lo if x[f] < t else hi
            out.append(node)
        return out
