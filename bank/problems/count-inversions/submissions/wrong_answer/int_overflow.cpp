// Correct merge sort, but the counter is a 32-bit int: overflows when the answer exceeds 2^31-1.
class Solution {
    int cnt = 0;
    void sortCount(vector<int>& a, vector<int>& tmp, int lo, int hi) {
        if (hi - lo <= 1) return;
        int mid = lo + (hi - lo) / 2;
        sortCount(a, tmp, lo, mid); sortCount(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            if (a[j] < a[i]) { cnt += mid - i; tmp[k++] = a[j++]; }
            else tmp[k++] = a[i++];
        }
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (int t = lo; t < hi; t++) a[t] = tmp[t];
    }
public:
    long long countInversions(vector<int>& nums) {
        vector<int> a(nums), tmp(nums.size());
        sortCount(a, tmp, 0, (int)a.size());
        return cnt;
    }
};
