# Uses floor instead of ceiling: a job of 10 units at speed 4 is counted as 2 hours, not 3.
class Solution:
    def minSpeed(self, jobs, hours):
        lo, hi = 1, max(jobs)
        while lo < hi:
            mid = (lo + hi) // 2
            if sum(max(1, x // mid) for x in jobs) <= hours:
                hi = mid
            else:
                lo = mid + 1
        return lo
