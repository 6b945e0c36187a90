import os
import sys

# This file is itself named random.py: drop its own folder from sys.path so that
# "import random" below loads the standard library module, not this file.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
import json
import random as _r


def all_reach_n(n, jump):
    # from every cell 1..n-1 (standing semantics), can n be reached?
    def move(i, k):
        j = i + k
        if j > n:
            return i
        return jump.get(j, j)
    good = {n}
    changed = True
    while changed:
        changed = False
        for c in range(1, n):
            if c not in good and any(move(c, k) in good for k in range(1, 7)):
                good.add(c)
                changed = True
    return len(good) == n


def make(rng):
    n = rng.choice([2, 2, 3, rng.randint(2, 8), rng.randint(2, 14), rng.randint(7, 14)])
    if n <= 2:
        return n, []
    style = rng.randrange(5)
    kmax = n - 2
    k = rng.choice([0, 1, rng.randint(0, kmax), kmax, rng.randint(0, kmax)])
    starts = rng.sample(range(2, n), k)
    sset = set(starts)
    ends_pool = [c for c in range(1, n + 1) if c not in sset]
    jumps = []
    for a in starts:
        pool = [c for c in ends_pool if c != a]
        if style == 0:
            b = 1 if rng.random() < 0.7 else rng.choice(pool)      # snakes to start
        elif style == 1:
            b = n if rng.random() < 0.5 else rng.choice(pool)      # ladders to the end
        elif style == 2:
            lower = [c for c in pool if c < a]
            b = rng.choice(lower) if lower else rng.choice(pool)   # only snakes
        else:
            b = rng.choice(pool)
        jumps.append([a, b])
    return n, jumps


def main():
    seed, count = map(int, sys.stdin.read().split())
    rng = _r.Random(seed)
    out = []
    while len(out) < count:
        n, jumps = make(rng)
        jump = {a: b for a, b in jumps}
        while jumps and not all_reach_n(n, jump):
            # drop a random jump until the guarantee holds
            jumps.pop(rng.randrange(len(jumps)))
            jump = {a: b for a, b in jumps}
        out.append(json.dumps({"input": json.dumps([n, jumps])}))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


main()
