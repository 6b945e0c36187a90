# Mistake: treats a meeting that starts exactly when the previous one ends as a conflict.
class Solution:
    def maxMeetings(self, meetings):
        count = 0
        free_from = None
        for start, end in sorted(meetings, key=lambda m: m[1]):
            if free_from is None or start > free_from:
                count += 1
                free_from = end
        return count
