"""Independent solution written from the statement alone: activity selection, sort by end time and greedily take each meeting whose start >= end of the last taken (half-open intervals), O(n log n)."""
from typing import List


class Solution:
    def maxMeetings(self, meetings: List[List[int]]) -> int:
        count = 0
        last_end = None
        for start, end in sorted(meetings, key=lambda m: m[1]):
            if last_end is None or start >= last_end:
                count += 1
                last_end = end
        return count
