class Solution:
    """a goes before b iff a+b > b+a. That order is the lexicographic order of the infinite
    repetitions a^inf vs b^inf, and two strings of length <= 10 whose repetitions agree on the
    first 20 characters are equal forever (Fine and Wilf), so (s * 20)[:20] is an exact sort key."""

    def largestNumber(self, nums):
        parts = sorted(map(str, nums), key=lambda s: (s * 20)[:20], reverse=True)
        result = "".join(parts)
        return "0" if result[0] == "0" else result
