class Solution {
public:
    int longestCommonSubsequence(string& text1, string& text2) {
        int n = text1.size(), m = text2.size();
        vector<int> prev(m + 1, 0), cur(m + 1, 0);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < m; ++j)
                cur[j + 1] = text1[i] == text2[j] ? prev[j] + 1 : max(cur[j], prev[j + 1]);
            swap(prev, cur);
        }
        return prev[m];
    }
};
