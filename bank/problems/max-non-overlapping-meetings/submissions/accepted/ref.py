class Solution:
    def maxMeetings(self, meetings: List[List[int]]) -> int:
        count = 0
        free_from = None  # the room is free from this time on; None = free forever
        for start, end in sorted(meetings, key=lambda m: m[1]):
            if free_from is None or start >= free_from:
                count += 1
                free_from = end
        return count
