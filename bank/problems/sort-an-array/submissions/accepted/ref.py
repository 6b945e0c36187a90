class Solution:
    """Bottom-up merge sort: stable, O(n log n) in every case, O(n) extra memory."""

    def sortArray(self, nums):
        a = list(nums)
        n = len(a)
        buf = [0] * n
        width = 1
        while width < n:
            for lo in range(0, n, 2 * width):
                mid = min(lo + width, n)
                hi = min(lo + 2 * width, n)
                i, j, k = lo, mid, lo
                while i < mid and j < hi:
                    if a[j] < a[i]:          # strict: equal keys keep their order (stable)
                        buf[k] = a[j]
                        j += 1
                    else:
                        buf[k] = a[i]
                        i += 1
                    k += 1
                buf[k:k + mid - i] = a[i:mid]
                k += mid - i
                buf[k:k + hi - j] = a[j:hi]
            a, buf = buf, a
            width *= 2
        return a
