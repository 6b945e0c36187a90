# Sorts the strings in plain descending order: "30" comes before "3", giving 303 instead of 330.
class Solution:
    def largestNumber(self, nums):
        parts = sorted(map(str, nums), reverse=True)
        return "0" if parts[0] == "0" else "".join(parts)
