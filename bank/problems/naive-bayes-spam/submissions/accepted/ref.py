import math
from collections import Counter


class Solution:
    def spamProbability(self, docs: List[List[str]], labels: List[int], queries: List[List[str]]) -> List[float]:
        counts = (Counter(), Counter())            # word counts per class (0 = ham, 1 = spam)
        n_docs = [0, 0]
        for words, c in zip(docs, labels):
            counts[c].update(words)
            n_docs[c] += 1
        vocab = set(counts[0]) | set(counts[1])
        V = len(vocab)
        total = [sum(counts[0].values()), sum(counts[1].values())]
        log_prior = [math.log(n_docs[c] / len(docs)) for c in (0, 1)]
        denom = [math.log(total[c] + V) for c in (0, 1)]
        out = []
        for words in queries:
            score = list(log_prior)
            for w in words:
                if w not in vocab:                  # unseen in training: ignored
                    continue
                for c in (0, 1):
                    score[c] += math.log(counts[c][w] + 1) - denom[c]
            # P(spam | doc) = 1 / (1 + exp(score_ham - score_spam)), computed without overflow
            d = score[0] - score[1]
            if d > 0:
                e = math.exp(-d)
                out.append(e / (1.0 + e))
            else:
                out.append(1.0 / (1.0 + math.exp(d)))
        return out
