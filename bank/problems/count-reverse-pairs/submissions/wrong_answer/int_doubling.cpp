// Mistake: 2 * a[j] is computed in int and overflows for |a[j]| > 2^30.
class Solution {
    long long sortCount(vector<int>& a, vector<int>& tmp, int lo, int hi) {
        if (hi - lo <= 1) return 0;
        int mid = (lo + hi) / 2;
        long long cnt = sortCount(a, tmp, lo, mid) + sortCount(a, tmp, mid, hi);
        for (int i = lo, j = mid; i < mid; i++) {
            while (j < hi && a[i] > 2 * a[j]) j++;
            cnt += j - mid;
        }
        merge(a.begin() + lo, a.begin() + mid, a.begin() + mid, a.begin() + hi, tmp.begin() + lo);
        copy(tmp.begin() + lo, tmp.begin() + hi, a.begin() + lo);
        return cnt;
    }
public:
    long long reversePairs(vector<int>& nums) {
        vector<int> a(nums), tmp(nums.size());
        return sortCount(a, tmp, 0, (int)a.size());
    }
};
