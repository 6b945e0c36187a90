class Solution:
    """Binary search on the speed: hours needed is non-increasing in the speed."""

    def minSpeed(self, jobs, hours):
        def fits(s):
            # ceil(x / s) without floats: -(-x // s)
            return sum(-(-x // s) for x in jobs) <= hours

        lo, hi = 1, max(jobs)          # hi always fits: every job takes one hour
        while lo < hi:
            mid = (lo + hi) // 2
            if fits(mid):
                hi = mid
            else:
                lo = mid + 1
        return lo
