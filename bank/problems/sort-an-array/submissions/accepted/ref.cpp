// Introsort-style quick sort: random pivot, three-way partition, heap sort fallback when deep.
class Solution {
    mt19937 rng{20240601};

    static void heapSort(vector<int>& a, int lo, int hi) {   // sorts a[lo..hi)
        int n = hi - lo;
        auto sift = [&](int i, int size) {
            int x = a[lo + i];
            for (int c; (c = 2 * i + 1) < size; i = c) {
                if (c + 1 < size && a[lo + c + 1] > a[lo + c]) ++c;
                if (a[lo + c] <= x) break;
                a[lo + i] = a[lo + c];
            }
            a[lo + i] = x;
        };
        for (int i = n / 2 - 1; i >= 0; --i) sift(i, n);
        for (int end = n - 1; end > 0; --end) { swap(a[lo], a[lo + end]); sift(0, end); }
    }

    void quick(vector<int>& a, int lo, int hi, int depth) {  // sorts a[lo..hi)
        while (hi - lo > 16) {
            if (depth-- == 0) { heapSort(a, lo, hi); return; }
            int p = a[lo + rng() % (hi - lo)];
            int lt = lo, i = lo, gt = hi;
            while (i < gt) {
                if (a[i] < p) swap(a[lt++], a[i++]);
                else if (a[i] > p) swap(a[i], a[--gt]);
                else ++i;
            }
            if (lt - lo < hi - gt) { quick(a, lo, lt, depth); lo = gt; }
            else { quick(a, gt, hi, depth); hi = lt; }
        }
        for (int i = lo + 1; i < hi; ++i)                      // insertion sort for short ranges
            for (int j = i; j > lo && a[j - 1] > a[j]; --j) swap(a[j - 1], a[j]);
    }

public:
    vector<int> sortArray(vector<int>& nums) {
        int depth = 2 * (32 - __builtin_clz(nums.size() | 1));
        quick(nums, 0, nums.size(), depth);
        return nums;
    }
};
