class Solution:
    """In-place heap sort: build a max-heap bottom-up in O(n), then n times move the max to the end."""

    def sortArray(self, nums):
        a = list(nums)
        n = len(a)

        def sift_down(i, size):
            x = a[i]
            while True:
                c = 2 * i + 1
                if c >= size:
                    break
                if c + 1 < size and a[c + 1] > a[c]:
                    c += 1
                if a[c] <= x:
                    break
                a[i] = a[c]
                i = c
            a[i] = x

        for i in range(n // 2 - 1, -1, -1):
            sift_down(i, n)
        for end in range(n - 1, 0, -1):
            a[0], a[end] = a[end], a[0]
            sift_down(0, end)
        return a
