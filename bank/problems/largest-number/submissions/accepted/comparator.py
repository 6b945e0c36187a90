from functools import cmp_to_key


class Solution:
    def largestNumber(self, nums):
        def before(a, b):
            ab, ba = a + b, b + a
            return -1 if ab > ba else (1 if ab < ba else 0)

        parts = sorted(map(str, nums), key=cmp_to_key(before))
        return "0" if parts[0] == "0" else "".join(parts)
