import math
from collections import Counter


class Solution:
    def spamProbability(self, docs, labels, queries):
        # Bug: forgets the class prior P(spam) (assumes 50/50).
        counts = (Counter(), Counter())
        for words, c in zip(docs, labels):
            counts[c].update(words)
        vocab = set(counts[0]) | set(counts[1])
        V = len(vocab)
        total = [sum(counts[0].values()), sum(counts[1].values())]
        out = []
        for words in queries:
            score = [0.0, 0.0]
            for w in words:
                if w in vocab:
                    for c in (0, 1):
                        score[c] += math.log((counts[c][w] + 1) / (total[c] + V))
            d = score[0] - score[1]
            out.append(1.0 / (1.0 + math.exp(d)) if d < 700 else 0.0)
        return out
