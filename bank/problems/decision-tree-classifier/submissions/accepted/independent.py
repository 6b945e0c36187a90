"""Independent solution written from the statement alone: CART tree (Gini impurity, exact integer split comparison, depth <= 8, leaves >= 5 samples) grown on presorted feature orders, O(d n) per level after an O(d n log n) presort."""

MAX_DEPTH = 8   # deeper than the hidden rule (<= 4) so greedy mistakes can be repaired
MIN_LEAF = 5    # children smaller than this are not created (absorbs the 5% label noise)


def _majority(cnt):
    best = 0
    for c in range(1, len(cnt)):
        if cnt[c] > cnt[best]:
            best = c
    return best


def _grow(cols, y, k, rows, max_depth, min_leaf):
    """Grow a CART tree on the sample indices `rows`.
    nodes[i] = [majority, f, thr, left, right, depth]; f == -1 for a leaf."""
    d = len(cols)
    nodes = []
    orders = [sorted(rows, key=cols[f].__getitem__) for f in range(d)]
    goes_left = {}

    def build(ords, depth):
        m = len(ords[0])
        cnt = [0] * k
        for i in ords[0]:
            cnt[y[i]] += 1
        idx = len(nodes)
        nodes.append([_majority(cnt), -1, 0.0, -1, -1, depth])
        if depth >= max_depth or m < 2 * min_leaf or max(cnt) == m:
            return idx
        parent_sq = sum(c * c for c in cnt)
        # maximise (SL/nL + SR/nR), SL/SR = sums of squared class counts
        best_num = parent_sq
        best_den = m
        best = None
        for f in range(d):
            col = cols[f]
            o = ords[f]
            left = [0] * k
            right = cnt[:]
            sl = 0
            sr = parent_sq
            for pos in range(m - 1):
                i = o[pos]
                c = y[i]
                lc = left[c]
                sl += 2 * lc + 1
                left[c] = lc + 1
                rc = right[c]
                sr -= 2 * rc - 1
                right[c] = rc - 1
                nxt = col[o[pos + 1]]
                if nxt == col[i]:
                    continue
                nl = pos + 1
                nr = m - nl
                if nl < min_leaf or nr < min_leaf:
                    continue
                num = sl * nr + sr * nl
                den = nl * nr
                if num * best_den > best_num * den:
                    best_num, best_den = num, den
                    best = (f, col[i], nxt)
        if best is None:
            return idx
        f, a, b = best
        thr = (a + b) / 2.0
        col = cols[f]
        for i in ords[0]:
            goes_left[i] = col[i] < thr
        lo = [[i for i in o if goes_left[i]] for o in ords]
        ro = [[i for i in o if not goes_left[i]] for o in ords]
        li = build(lo, depth + 1)
        ri = build(ro, depth + 1)
        nd = nodes[idx]
        nd[1], nd[2], nd[3], nd[4] = f, thr, li, ri
        return idx

    build(orders, 0)
    return nodes


def _predict(nodes, x, cap):
    nd = nodes[0]
    while nd[1] >= 0 and nd[5] < cap:
        nd = nodes[nd[3]] if x[nd[1]] < nd[2] else nodes[nd[4]]
    return nd[0]


class Solution:
    def classify(self, X, y, tests):
        n = len(X)
        if n == 0:
            return [0] * len(tests)
        d = len(X[0])
        k = max(y) + 1
        cols = [[row[f] for row in X] for f in range(d)]
        nodes = _grow(cols, y, k, list(range(n)), MAX_DEPTH, MIN_LEAF)
        return [_predict(nodes, t, MAX_DEPTH) for t in tests]
