class Solution {
    long long sortCount(vector<int>& a, vector<int>& tmp, int lo, int hi) {
        if (hi - lo <= 1) return 0;
        int mid = lo + (hi - lo) / 2;
        long long cnt = sortCount(a, tmp, lo, mid) + sortCount(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            if (a[j] < a[i]) { cnt += mid - i; tmp[k++] = a[j++]; }   // a[j] jumps over a[i..mid)
            else tmp[k++] = a[i++];
        }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (int t = lo; t < hi; t++) a[t] = tmp[t];
        return cnt;
    }
public:
    long long countInversions(vector<int>& nums) {
        vector<int> a(nums), tmp(nums.size());
        return sortCount(a, tmp, 0, (int)a.size());
    }
};
