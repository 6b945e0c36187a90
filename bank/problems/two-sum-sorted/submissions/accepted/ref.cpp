class Solution {
public:
    vector<int> twoSum(vector<int>& numbers, int target) {
        int lo = 0, hi = (int)numbers.size() - 1;
        while (lo < hi) {
            long long s = (long long)numbers[lo] + numbers[hi];
            if (s == target) return {lo + 1, hi + 1};
            if (s < target) ++lo; else --hi;
        }
        return {};
    }
};
