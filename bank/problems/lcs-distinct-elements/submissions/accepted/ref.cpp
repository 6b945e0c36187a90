class Solution {
public:
    int lcsLength(vector<int>& a, vector<int>& b) {
        unordered_map<int, int> pos;
        pos.reserve(a.size() * 2);
        for (int i = 0; i < (int)a.size(); ++i) pos[a[i]] = i;
        vector<int> tails;
        for (int x : b) {
            auto it = pos.find(x);
            if (it == pos.end()) continue;
            auto k = lower_bound(tails.begin(), tails.end(), it->second);
            if (k == tails.end()) tails.push_back(it->second); else *k = it->second;
        }
        return tails.size();
    }
};
