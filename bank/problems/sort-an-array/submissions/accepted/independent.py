"""Independent solution written from the statement alone: bottom-up (iterative) merge sort, O(n log n) time, O(n) extra space, no built-in sort."""
from typing import List


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        n = len(nums)
        src = list(nums)
        if n < 2:
            return src
        # Start with naturally sorted runs of length 1 and double the width each pass.
        dst = [0] * n
        width = 1
        while width < n:
            lo = 0
            while lo < n:
                mid = lo + width
                if mid >= n:
                    dst[lo:n] = src[lo:n]
                    break
                hi = mid + width
                if hi > n:
                    hi = n
                i, j, k = lo, mid, lo
                # fast path: already in order
                if src[mid - 1] <= src[mid]:
                    dst[lo:hi] = src[lo:hi]
                    lo = hi
                    continue
                while i < mid and j < hi:
                    a = src[i]
                    b = src[j]
                    if b < a:
                        dst[k] = b
                        j += 1
                    else:
                        dst[k] = a
                        i += 1
                    k += 1
                if i < mid:
                    dst[k:hi] = src[i:mid]
                else:
                    dst[k:hi] = src[j:hi]
                lo = hi
            src, dst = dst, src
            width *= 2
        return src
