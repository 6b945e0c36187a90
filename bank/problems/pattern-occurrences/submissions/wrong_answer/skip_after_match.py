# Mistake: after a match the search restarts from scratch, so overlapping occurrences are lost.
class Solution:
    def findOccurrences(self, text, pattern):
        res = []
        i = text.find(pattern)
        while i != -1:
            res.append(i)
            i = text.find(pattern, i + len(pattern))
        return res
