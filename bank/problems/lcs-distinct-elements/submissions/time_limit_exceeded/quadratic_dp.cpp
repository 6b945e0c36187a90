// The textbook O(nm) LCS table (rolling rows): 10^10 steps at the maximum size.
class Solution {
public:
    int lcsLength(vector<int>& a, vector<int>& b) {
        int n = a.size(), m = b.size();
        vector<int> prev(m + 1, 0), cur(m + 1, 0);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < m; ++j)
                cur[j + 1] = a[i] == b[j] ? prev[j] + 1 : max(cur[j], prev[j + 1]);
            swap(prev, cur);
        }
        return prev[m];
    }
};
