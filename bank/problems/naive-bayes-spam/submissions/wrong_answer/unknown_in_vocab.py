import math
from collections import Counter


class Solution:
    def spamProbability(self, docs, labels, queries):
        # Bug: unseen query words are smoothed as if they were part of the vocabulary.
        counts = (Counter(), Counter())
        n_docs = [0, 0]
        for words, c in zip(docs, labels):
            counts[c].update(words)
            n_docs[c] += 1
        V = len(set(counts[0]) | set(counts[1]))
        total = [sum(counts[0].values()), sum(counts[1].values())]
        out = []
        for words in queries:
            score = [math.log(n_docs[c] / len(docs)) for c in (0, 1)]
            for w in words:
                for c in (0, 1):
                    score[c] += math.log((counts[c][w] + 1) / (total[c] + V))
            d = score[0] - score[1]
            out.append(1.0 / (1.0 + math.exp(d)) if d < 700 else 0.0)
        return out
