"""Independent solution written from the statement alone: randomized 3-way quickselect (partition into >pivot, ==pivot, <pivot), expected O(n)."""
from typing import List


class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        state = 0x9E3779B97F4A7C15          # xorshift64 state: a fixed-seed pseudo-random pivot
        mask = (1 << 64) - 1
        arr = nums
        while True:
            state ^= (state << 13) & mask
            state ^= state >> 7
            state ^= (state << 17) & mask
            pivot = arr[state % len(arr)]
            bigger = [v for v in arr if v > pivot]
            if k <= len(bigger):
                arr = bigger
                continue
            equal = arr.count(pivot)
            if k <= len(bigger) + equal:
                return pivot
            k -= len(bigger) + equal
            arr = [v for v in arr if v < pivot]
