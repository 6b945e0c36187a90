# Trial division of every number in the range: O((hi - lo) * sqrt(hi)) in the worst case.
class Solution:
    def countPrimes(self, lo, hi):
        count = 0
        for n in range(max(lo, 2), hi + 1):
            d = 2
            while d * d <= n and n % d:
                d += 1
            if d * d > n:
                count += 1
        return count
