# O(n * answer): each round scans every meeting for the compatible one that ends first.
class Solution:
    def maxMeetings(self, meetings):
        count = 0
        free_from = None
        while True:
            best = None
            for start, end in meetings:
                if (free_from is None or start >= free_from) and (best is None or end < best):
                    best = end
            if best is None:
                return count
            count += 1
            free_from = best
