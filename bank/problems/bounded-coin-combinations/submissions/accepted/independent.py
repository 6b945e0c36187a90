"""Independent solution written from the statement alone: bounded-knapsack counting DP, each kind multiplies the generating function by (1 - x^((c+1)v)) / (1 - x^v) using prefix sums along residues mod v, O(n * target)."""
from itertools import accumulate
from operator import add, sub

MOD = 10**9 + 7


class Solution:
    def countWays(self, values, counts, target):
        T = target
        N = T + 1
        dp = [0] * N
        dp[0] = 1
        for v, c in zip(values, counts):
            if c == 0 or v > T:
                continue  # this kind can only contribute x_i = 0
            c = min(c, T // v)  # more than T//v coins can never be used
            shift = (c + 1) * v
            if v * v <= T:
                # few residues, long chains: accumulate each residue chain
                for r in range(v):
                    seq = dp[r::v]
                    L = len(seq)
                    pre = list(accumulate(seq))
                    w = c + 1
                    if w < L:
                        pre[w:] = map(sub, pre[w:], pre[:L - w])
                    dp[r::v] = pre
            else:
                # many residues, short chains: prefix sums block by block
                P = dp[:]
                k = v
                while k < N:
                    P[k:k + v] = map(add, P[k:k + v], P[k - v:k])
                    k += v
                if shift < N:
                    P[shift:] = map(sub, P[shift:], P[:N - shift])
                dp = P
            dp = [x % MOD for x in dp]
        return dp[T] % MOD
