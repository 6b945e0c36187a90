// DP over values: best[v] = longest increasing subsequence ending with value rank v,
// prefix maximum over smaller ranks with a Fenwick tree.
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        vector<int> vals(nums);
        sort(vals.begin(), vals.end());
        vals.erase(unique(vals.begin(), vals.end()), vals.end());
        int m = vals.size(), answer = 0;
        vector<int> tree(m + 1, 0);
        for (int x : nums) {
            int r = lower_bound(vals.begin(), vals.end(), x) - vals.begin() + 1;
            int best = 0;
            for (int k = r - 1; k > 0; k -= k & -k) best = max(best, tree[k]);   // ranks < r
            ++best;
            answer = max(answer, best);
            for (int k = r; k <= m; k += k & -k) tree[k] = max(tree[k], best);
        }
        return answer;
    }
};
