import os, sys
# this file is named random.py: keep its own folder off sys.path so that
# `import random` below loads the standard library module, not this file
_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _here]
import sys, json, math, random as _r

PRIMES = [x for x in range(2, 200) if all(x % d for d in range(2, int(x ** 0.5) + 1))]

def main():
    seed, count = map(int, sys.stdin.read().split())
    R = _r.Random(seed)
    out = []
    for _ in range(count):
        small = PRIMES[:8] if R.random() < 0.5 else PRIMES
        p, q = R.sample(small, 2)
        n = p * q
        phi = (p - 1) * (q - 1)
        while True:
            t = R.random()
            if t < 0.3:
                e = R.randint(3, 30)
            elif t < 0.6:
                e = R.randint(3, 10**6)
            elif t < 0.7:
                e = R.choice([3, 5, 17, 65537])
            else:
                e = R.randint(3, 2**62 - 1)
            if math.gcd(e, phi) == 1:
                break
        k = R.choice([1, 2, R.randint(1, 10), R.randint(1, 40)])
        cs = []
        for _ in range(k):
            t = R.random()
            if t < 0.1:
                cs.append(0)
            elif t < 0.2:
                cs.append(1)
            elif t < 0.3:
                cs.append(n - 1)
            elif t < 0.4:
                cs.append(R.choice([p, q]) * R.randint(0, max(p, q) - 1) % n)  # shares a factor with n
            else:
                cs.append(R.randrange(n))
        out.append(json.dumps({"input": json.dumps([p, q, e, cs])}))
    sys.stdout.write("\n".join(out) + "\n")

main()
