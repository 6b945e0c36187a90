class Solution:
    def reversePairs(self, nums):
        # Mistake: counts inside the merge loop, as for ordinary inversions
        # (x > y); for x > 2y the counting pointer and the merge pointer must be
        # separate passes.
        def solve(a):
            n = len(a)
            if n <= 1:
                return a, 0
            left, cl = solve(a[:n // 2])
            right, cr = solve(a[n // 2:])
            merged = []
            cnt = cl + cr
            i = j = 0
            while i < len(left) and j < len(right):
                if left[i] > 2 * right[j]:
                    cnt += len(left) - i
                    merged.append(right[j])
                    j += 1
                else:
                    merged.append(left[i])
                    i += 1
            merged += left[i:] + right[j:]
            return merged, cnt

        return solve(list(nums))[1]
