class Solution {
public:
    int minSpeed(vector<int>& jobs, int hours) {
        auto fits = [&](long long s) {
            long long total = 0;                       // up to 1e5 * 1e9: needs 64 bits
            for (int x : jobs) {
                total += (x + s - 1) / s;
                if (total > hours) return false;
            }
            return true;
        };
        int lo = 1, hi = *max_element(jobs.begin(), jobs.end());
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (fits(mid)) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
};
