"""Independent solution written from the statement alone: binary search on the speed s in [ceil(sum/hours), max(jobs)]; hours needed = sum(ceil(job/s)) is non-increasing in s; O(n log max)."""
from typing import List


class Solution:
    def minSpeed(self, jobs: List[int], hours: int) -> int:
        total = sum(jobs)
        lo = max(1, -(-total // hours))  # any feasible s satisfies s*hours >= total
        hi = max(jobs)                   # s = max(jobs) needs exactly n <= hours hours
        while lo < hi:
            mid = (lo + hi) // 2
            m1 = mid - 1
            need = sum([(j + m1) // mid for j in jobs])
            if need <= hours:
                hi = mid
            else:
                lo = mid + 1
        return lo
