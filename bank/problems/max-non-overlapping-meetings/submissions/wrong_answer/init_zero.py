# Mistake: "room free from time 0" - meetings at negative times are never chosen.
class Solution:
    def maxMeetings(self, meetings):
        count = 0
        free_from = 0
        for start, end in sorted(meetings, key=lambda m: m[1]):
            if start >= free_from:
                count += 1
                free_from = end
        return count
