class Solution {
    typedef long long ll;
    static vector<pair<ll, ll>> subsets(const vector<ll>& w, const vector<ll>& v, int lo, int hi, ll cap) {
        vector<pair<ll, ll>> s{{0, 0}};
        for (int i = lo; i < hi; i++) {
            size_t sz = s.size();
            for (size_t j = 0; j < sz; j++)
                if (s[j].first + w[i] <= cap) s.push_back({s[j].first + w[i], s[j].second + v[i]});
        }
        return s;
    }
public:
    long long maxValue(vector<long long>& weights, vector<long long>& values, long long capacity) {
        int n = weights.size(), half = n / 2;
        auto L = subsets(weights, values, 0, half, capacity);
        auto R = subsets(weights, values, half, n, capacity);
        sort(R.begin(), R.end());
        for (size_t i = 1; i < R.size(); i++) R[i].second = max(R[i].second, R[i - 1].second);  // prefix max
        ll ans = 0;
        for (auto& [w, v] : L) {
            auto it = upper_bound(R.begin(), R.end(), make_pair(capacity - w, LLONG_MAX));
            ans = max(ans, v + prev(it)->second);      // R[0] = (0, 0) always fits
        }
        return ans;
    }
};
