class Solution {
public:
    int climbStairs(int n, vector<int>& broken) {
        const int MOD = 1'000'000'007;
        vector<char> bad(n + 1, 0);
        for (int b : broken) bad[b] = 1;
        long long prev2 = 0, prev1 = 1;       // ways[-1], ways[0]
        for (int i = 1; i <= n; ++i) {
            long long cur = bad[i] ? 0 : (prev1 + prev2) % MOD;
            prev2 = prev1;
            prev1 = cur;
        }
        return (int)prev1;
    }
};
