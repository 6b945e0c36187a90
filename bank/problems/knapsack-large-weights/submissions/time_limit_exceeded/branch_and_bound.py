class Solution:
    def maxValue(self, weights, values, capacity):
        # Branch and bound on the integer program max v.x, w.x <= C, x in {0,1}^n.
        # Bound = LP relaxation (fractional knapsack) of the remaining items, sorted by ratio.
        items = sorted(zip(weights, values), key=lambda t: t[1] / t[0], reverse=True)
        ws = [w for w, _ in items]
        vs = [v for _, v in items]
        n = len(items)
        best = 0

        def bound(i, cap, val):
            while i < n and ws[i] <= cap:
                cap -= ws[i]
                val += vs[i]
                i += 1
            return val + (vs[i] * cap / ws[i] if i < n else 0)

        def dfs(i, cap, val):
            nonlocal best
            if val > best:
                best = val
            if i == n or bound(i, cap, val) <= best:
                return
            if ws[i] <= cap:
                dfs(i + 1, cap - ws[i], val + vs[i])       # take item i first (greedy order)
            dfs(i + 1, cap, val)

        dfs(0, capacity, 0)
        return best
