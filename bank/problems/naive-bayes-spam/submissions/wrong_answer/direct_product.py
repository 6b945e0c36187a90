from collections import Counter


class Solution:
    def spamProbability(self, docs, labels, queries):
        # Bug: multiplies raw probabilities; long documents underflow both products to 0.0,
        # and the 0/0 case is patched to 0.5.
        counts = (Counter(), Counter())
        n_docs = [0, 0]
        for words, c in zip(docs, labels):
            counts[c].update(words)
            n_docs[c] += 1
        vocab = set(counts[0]) | set(counts[1])
        V = len(vocab)
        total = [sum(counts[0].values()), sum(counts[1].values())]
        out = []
        for words in queries:
            p = [n_docs[c] / len(docs) for c in (0, 1)]
            for w in words:
                if w in vocab:
                    for c in (0, 1):
                        p[c] *= (counts[c][w] + 1) / (total[c] + V)
            s = p[0] + p[1]
            out.append(p[1] / s if s > 0 else 0.5)
        return out
