// Forgets the modulus: the count grows like Fibonacci and overflows int after step 46.
class Solution {
public:
    int climbStairs(int n, vector<int>& broken) {
        vector<char> bad(n + 1, 0);
        for (int b : broken) bad[b] = 1;
        int prev2 = 0, prev1 = 1;
        for (int i = 1; i <= n; ++i) {
            int cur = bad[i] ? 0 : prev1 + prev2;
            prev2 = prev1;
            prev1 = cur;
        }
        return prev1;
    }
};
