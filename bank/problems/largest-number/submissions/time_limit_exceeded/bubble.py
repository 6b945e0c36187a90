class Solution:
    """Right comparator, quadratic sort."""

    def largestNumber(self, nums):
        a = list(map(str, nums))
        n = len(a)
        for i in range(n - 1):
            swapped = False
            for j in range(n - 1 - i):
                if a[j] + a[j + 1] < a[j + 1] + a[j]:
                    a[j], a[j + 1] = a[j + 1], a[j]
                    swapped = True
            if not swapped:
                break
        return "0" if a[0] == "0" else "".join(a)
