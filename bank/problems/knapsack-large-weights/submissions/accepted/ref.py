from bisect import bisect_right


class Solution:
    def maxValue(self, weights: List[int], values: List[int], capacity: int) -> int:
        # Meet in the middle: enumerate all subsets of each half (2^(n/2) each), then for every
        # subset of the first half take the best subset of the second half that still fits.
        n = len(weights)
        half = n // 2

        def subsets(ws, vs):
            sw, sv = [0], [0]
            for w, v in zip(ws, vs):
                keep = [i for i, a in enumerate(sw) if a + w <= capacity]
                sw += [sw[i] + w for i in keep]
                sv += [sv[i] + v for i in keep]
            return sw, sv

        lw, lv = subsets(weights[:half], values[:half])
        rw, rv = subsets(weights[half:], values[half:])
        order = sorted(range(len(rw)), key=rw.__getitem__)
        rw = [rw[i] for i in order]
        best_prefix = []                       # best value among right subsets of weight <= rw[k]
        best = 0
        for i in order:
            if rv[i] > best:
                best = rv[i]
            best_prefix.append(best)
        ans = 0
        for w, v in zip(lw, lv):
            k = bisect_right(rw, capacity - w) - 1   # the empty subset has weight 0, so k >= 0
            if v + best_prefix[k] > ans:
                ans = v + best_prefix[k]
        return ans
