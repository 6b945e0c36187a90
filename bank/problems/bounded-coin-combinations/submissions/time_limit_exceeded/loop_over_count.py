MOD = 10 ** 9 + 7


class Solution:
    def countWays(self, values, counts, target):
        # Naive bounded knapsack: for every amount, try every number of coins of
        # this kind. O(target * sum_i min(c_i, target / v_i)).
        dp = [0] * (target + 1)
        dp[0] = 1
        for v, c in zip(values, counts):
            new = [0] * (target + 1)
            for s in range(target + 1):
                if dp[s]:
                    k = 0
                    t = s
                    while k <= c and t <= target:
                        new[t] = (new[t] + dp[s]) % MOD
                        k += 1
                        t += v
            dp = new
        return dp[target]
