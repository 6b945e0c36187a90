# Moves hi below a feasible mid (hi = mid - 1), so it can step past the smallest feasible speed.
class Solution:
    def minSpeed(self, jobs, hours):
        lo, hi = 1, max(jobs)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum(-(-x // mid) for x in jobs) <= hours:
                hi = mid - 1
            else:
                lo = mid + 1
        return lo
