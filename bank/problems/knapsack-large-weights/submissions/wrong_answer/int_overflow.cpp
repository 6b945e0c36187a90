// Bug: values accumulated in 32-bit int (the total value can reach 3.2e10).
class Solution {
public:
    long long maxValue(vector<long long>& weights, vector<long long>& values, long long capacity) {
        int n = weights.size(), half = n / 2;
        vector<pair<long long, int>> L{{0, 0}}, R{{0, 0}};
        for (int i = 0; i < n; i++) {
            auto& s = i < half ? L : R;
            size_t sz = s.size();
            for (size_t j = 0; j < sz; j++)
                if (s[j].first + weights[i] <= capacity) s.push_back({s[j].first + weights[i], s[j].second + (int)values[i]});
        }
        sort(R.begin(), R.end());
        for (size_t i = 1; i < R.size(); i++) R[i].second = max(R[i].second, R[i - 1].second);
        int ans = 0;
        for (auto& [w, v] : L) {
            auto it = upper_bound(R.begin(), R.end(), make_pair(capacity - w, INT_MAX));
            ans = max(ans, v + prev(it)->second);
        }
        return ans;
    }
};
