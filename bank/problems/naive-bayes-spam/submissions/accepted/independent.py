"""Independent solution written from the statement alone: multinomial naive Bayes in log space (per-word log-likelihood ratio spam/ham, fsum, numerically stable logistic), O(W + Q)."""
import math
from typing import List


class Solution:
    def spamProbability(self, docs: List[List[str]], labels: List[int], queries: List[List[str]]) -> List[float]:
        cnt = ({}, {})           # cnt[c][w] = n_c(w)
        tot = [0, 0]             # T_c
        ndoc = [0, 0]            # N_c
        for words, lab in zip(docs, labels):
            c = 1 if lab == 1 else 0
            ndoc[c] += 1
            tot[c] += len(words)
            d = cnt[c]
            for w in words:
                d[w] = d.get(w, 0) + 1
        vocab = set(cnt[0]) | set(cnt[1])
        V = len(vocab)
        log_den1 = math.log(tot[1] + V)
        log_den0 = math.log(tot[0] + V)
        base = math.log(ndoc[1]) - math.log(ndoc[0])   # log prior ratio spam : ham
        c1, c0 = cnt[1], cnt[0]
        ratio = {}
        for w in vocab:
            ratio[w] = (math.log(c1.get(w, 0) + 1) - log_den1) - (math.log(c0.get(w, 0) + 1) - log_den0)
        out = []
        for q in queries:
            terms = [base]
            for w in q:
                r = ratio.get(w)
                if r is not None:
                    terms.append(r)
            z = math.fsum(terms)        # log P(spam|d) - log P(ham|d)
            if z >= 0:
                p = 1.0 / (1.0 + math.exp(-z))
            else:
                e = math.exp(z)
                p = e / (1.0 + e)
            out.append(p)
        return out
