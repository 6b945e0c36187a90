class Solution {
public:
    int countWays(vector<int>& values, vector<int>& counts, int target) {
        const long long MOD = 1000000007LL;
        vector<long long> dp(target + 1, 0);
        dp[0] = 1;
        for (size_t i = 0; i < values.size(); i++) {
            long long v = values[i], K = (counts[i] + 1LL) * v;
            if (v > target) continue;
            if (K <= target)  // times (1 - x^K), descending so dp[s-K] is still old
                for (long long s = target; s >= K; s--) dp[s] = (dp[s] - dp[s - K] + MOD) % MOD;
            for (long long s = v; s <= target; s++)  // times 1/(1 - x^v), ascending
                dp[s] = (dp[s] + dp[s - v]) % MOD;
        }
        return (int)dp[target];
    }
};
