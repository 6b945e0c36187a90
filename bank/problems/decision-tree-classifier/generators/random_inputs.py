"""Random inputs for the cross-check of decision-tree-classifier (see main)."""
import json
import random as _r
import sys

def make_tree(R, d, k, depth, lo, hi):
    if depth == 4 or (depth > 0 and R.random() < 0.3):
        return ('L', R.randrange(k))
    f = R.randrange(d)
    if hi[f] - lo[f] < 2:
        return ('L', R.randrange(k))
    t = R.randint(lo[f] + 1, hi[f] - 1)
    hl = hi[:]; hl[f] = t
    lr = lo[:]; lr[f] = t
    return ('N', f, t, make_tree(R, d, k, depth + 1, lo, hl), make_tree(R, d, k, depth + 1, lr, hi))

def pred(tree, x):
    while tree[0] == 'N':
        tree = tree[3] if x[tree[1]] < tree[2] else tree[4]
    return tree[1]

def main():
    """Inputs drawn as the statement says (a hidden depth <= 4 axis-aligned rule, 5% label
    noise), with the noise-free test labels as each line's answer: the output validator judges
    both the reference and the independent solution on them. Sizes are moderate so that 85%
    accuracy is within reach of any sound method, yet small enough to run fast."""
    seed, count = map(int, sys.stdin.read().split())
    R = _r.Random(seed)
    out = []
    for _ in range(count):
        n = R.randint(800, 2000)
        m = R.randint(200, 400)
        d = R.randint(1, 6)
        k = R.randint(1, 3)
        V = R.choice([3, 10, 100, 10**6])  # small V -> many equal feature values
        tree = make_tree(R, d, k, 0, [0] * d, [V] * d)
        X = [[R.randrange(V) for _ in range(d)] for _ in range(n)]
        y = [pred(tree, x) for x in X]
        for i in range(n):
            if R.random() < 0.05:
                y[i] = R.randrange(k)  # label noise
        tests = [[R.randrange(V) for _ in range(d)] for _ in range(m)]
        truth = [pred(tree, t) for t in tests]
        out.append(json.dumps({"input": json.dumps([X, y, tests]), "answer": json.dumps({"truth": truth})}))
    sys.stdout.write("\n".join(out) + "\n")

main()
