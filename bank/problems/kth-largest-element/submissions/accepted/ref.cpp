class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        mt19937 rng(12345);
        int target = nums.size() - k, lo = 0, hi = nums.size();   // answer index in ascending order
        while (true) {
            int p = nums[lo + rng() % (hi - lo)];
            int lt = lo, i = lo, gt = hi;                           // [lo,lt) < p, [lt,gt) == p, [gt,hi) > p
            while (i < gt) {
                if (nums[i] < p) swap(nums[lt++], nums[i++]);
                else if (nums[i] > p) swap(nums[i], nums[--gt]);
                else ++i;
            }
            if (target < lt) hi = lt;
            else if (target >= gt) lo = gt;
            else return p;
        }
    }
};
