// Mistake: (counts[i] + 1) * values[i] computed in int; with counts up to 1e9
// it overflows and may look like a small positive K.
class Solution {
public:
    int countWays(vector<int>& values, vector<int>& counts, int target) {
        const long long MOD = 1000000007LL;
        vector<long long> dp(target + 1, 0);
        dp[0] = 1;
        for (size_t i = 0; i < values.size(); i++) {
            int v = values[i];
            int K = (int)((unsigned)(counts[i] + 1) * (unsigned)v);
            if (v > target) continue;
            if (K >= 0 && K <= target)
                for (int s = target; s >= K; s--) dp[s] = (dp[s] - dp[s - K] + MOD) % MOD;
            for (int s = v; s <= target; s++) dp[s] = (dp[s] + dp[s - v]) % MOD;
        }
        return (int)dp[target];
    }
};
