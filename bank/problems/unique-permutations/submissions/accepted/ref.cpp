// next_permutation visits each distinct arrangement of a sorted multiset exactly once.
class Solution {
public:
    vector<vector<int>> permuteUnique(vector<int>& nums) {
        vector<int> a = nums;
        sort(a.begin(), a.end());
        vector<vector<int>> out;
        do out.push_back(a); while (next_permutation(a.begin(), a.end()));
        return out;
    }
};
