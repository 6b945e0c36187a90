# Mistake: greedy by earliest start time; a long early meeting blocks many short ones.
class Solution:
    def maxMeetings(self, meetings):
        count = 0
        free_from = None
        for start, end in sorted(meetings):
            if free_from is None or start >= free_from:
                count += 1
                free_from = end
        return count
