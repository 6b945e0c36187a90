from itertools import accumulate
from operator import add, sub

MOD = 10 ** 9 + 7


class Solution:
    def countWays(self, values, counts, target):
        # dp = coefficients of prod_i (1 + x^v + ... + x^{c v})
        #    = prod_i (1 - x^{(c+1) v}) / (1 - x^v), truncated at x^target.
        T = target
        dp = [0] * (T + 1)
        dp[0] = 1
        reduce_mod = MOD.__rmod__  # reduce_mod(x) == x % MOD
        for v, c in zip(values, counts):
            if v > T:
                continue  # the factor is 1 + (terms beyond x^T)
            K = (c + 1) * v
            if K <= T:
                # times (1 - x^K): uses the old coefficients (slices are copies)
                dp[K:] = list(map(sub, dp[K:], dp[:T + 1 - K]))
            # divided by (1 - x^v) = times (1 + x^v + x^2v + ...): a running sum
            # with stride v. Small v: one prefix sum per residue class r mod v.
            # Large v: block [s, s+v) adds the already-updated block before it.
            if v * v <= T:
                for r in range(v):
                    dp[r::v] = accumulate(dp[r::v])
            else:
                for s in range(v, T + 1, v):
                    dp[s:s + v] = map(add, dp[s:s + v], dp[s - v:s])
            dp = list(map(reduce_mod, dp))  # back into [0, MOD)
        return dp[T]
