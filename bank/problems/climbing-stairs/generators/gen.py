"""Hidden tests for climbing-stairs (with broken steps)."""
import json
import random

R = random.Random(112358)
N = 10 ** 5


def emit(name, n, broken):
    assert 1 <= n <= N and broken == sorted(set(broken)) and all(1 <= b <= n for b in broken)
    print(json.dumps({"name": name, "input": json.dumps([n, broken], separators=(",", ":")) + "\n"}))


def sparse(n, count):
    """Broken steps with no two adjacent and the top intact, so the answer is non-zero."""
    out, last = [], -5
    for b in sorted(R.sample(range(1, n), count)):
        if b - last >= 2:
            out.append(b)
            last = b
    return out


emit("01-one-step", 1, [])
emit("02-two-steps", 2, [])
emit("03-first-broken", 2, [1])          # only the move 0 -> 2
emit("04-top-broken", 4, [4])
emit("05-one-broken-top", 1, [1])
emit("06-all-broken", 7, list(range(1, 8)))
emit("07-classic-45", 45, [])           # 1836311903 fits in 32 bits but exceeds the modulus
emit("08-fib-beyond-int", 50, [])        # exceeds 2^31 before the modulus matters
emit("09-every-other-broken", 20, list(range(1, 20, 2)))
emit("10-small-random", 30, sparse(30, 8))
emit("11-mid-for-recursion", 40, [7, 19])
emit("12-large-no-broken", 1000, [])
emit("13-max-no-broken", N, [])
emit("14-max-sparse-broken", N, sparse(N, 2000))
emit("15-max-adjacent-pair-near-top", N, [N - 3, N - 2])
emit("16-max-many-broken", N, sparse(N, 40000))
