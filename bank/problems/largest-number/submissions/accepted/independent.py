"""Independent solution written from the statement alone: sort decimal strings so that a precedes b iff a+b > b+a, using the equivalent key "a repeated to 20 characters" (lengths <= 10), descending; O(n log n * L)."""
from typing import List


class Solution:
    def largestNumber(self, nums: List[int]) -> str:
        strs = [str(v) for v in nums]
        # For strings of length <= 10, comparing a+b with b+a is the same as comparing
        # the infinite repetitions a^inf and b^inf, which are decided within len(a)+len(b) <= 20 chars.
        strs.sort(key=lambda s: (s * (20 // len(s) + 1))[:20], reverse=True)
        res = "".join(strs)
        if res[0] == "0":
            return "0"
        return res
