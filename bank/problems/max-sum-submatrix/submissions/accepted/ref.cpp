class Solution {
public:
    long long maxSubmatrixSum(vector<vector<int>>& matrix) {
        int n = matrix.size(), m = matrix[0].size();
        long long best = LLONG_MIN;
        for (int top = 0; top < n; top++) {
            vector<long long> col(m, 0);
            for (int bottom = top; bottom < n; bottom++) {
                long long cur = 0;
                bool started = false;
                for (int j = 0; j < m; j++) {
                    col[j] += matrix[bottom][j];
                    cur = (started && cur > 0) ? cur + col[j] : col[j];
                    started = true;
                    best = max(best, cur);
                }
            }
        }
        return best;
    }
};
