"""Hidden tests for shortest-palindrome-prepend: empty, palindromes, separator traps, max size."""
import json
import random

rng = random.Random(1618)
N = 100000


def emit(name, s):
    print(json.dumps({"name": name, "input": json.dumps([s])}))


emit("01-empty", "")
emit("02-one-char", "z")
emit("03-already-palindrome", "racecar")
emit("04-two-different", "ab")
emit("05-separator-trap", "aabba")
emit("06-all-same", "aaaaaaa")
emit("07-no-palindromic-prefix-but-first", "abcd")
for k in range(10):
    n = rng.randint(1, 14)
    alpha = "ab" if k < 6 else "abc"
    emit("08-small-random-%02d" % k, "".join(rng.choice(alpha) for _ in range(n)))
k3 = N // 3
emit("09-max-near-palindromes", "a" * k3 + "b" + "a" * (N - k3 - 1))
emit("10-max-all-same", "a" * N)
half = "".join(rng.choice("ab") for _ in range(N // 2))
emit("11-max-palindrome", half + half[::-1])
emit("12-max-random", "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(N)))
p = "".join(rng.choice("ab") for _ in range(N // 4))
emit("13-max-long-palindromic-prefix", p + p[::-1] + "".join(rng.choice("ab") for _ in range(N // 2)))
emit("14-max-almost-all-same", "a" * (N - 1) + "b")
