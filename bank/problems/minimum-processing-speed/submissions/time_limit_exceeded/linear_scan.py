class Solution:
    """Tries s = 1, 2, 3, ...: up to max(jobs) checks of O(n) each."""

    def minSpeed(self, jobs, hours):
        s = 1
        while sum(-(-x // s) for x in jobs) > hours:
            s += 1
        return s
