"""Hidden tests for shortest-palindrome-prepend: empty, palindromes, separator traps, large and max size.

The 5*10^4-size tests check correctness on long inputs; one test at the full |s| = 10^6 is
built so that checking prefixes one by one (two pointers or slicing) is quadratic:
s = a^J b a^K with J = 4*10^5, K = 6*10^5 - 1. Its longest palindromic prefix is
a^J b a^J, so the 2*10^5 longer prefixes are each rejected only after J comparisons
(8*10^10 in all), while the answer stays short (1.2*10^6 characters). A single max test
keeps the data small."""
import json
import random

rng = random.Random(1618)
N = 50000
MAX_N = 10 ** 6


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
emit("09-large-near-palindromes", "a" * k3 + "b" + "a" * (N - k3 - 1))
emit("10-large-all-same", "a" * N)
half = "".join(rng.choice("ab") for _ in range(N // 2))
emit("11-large-palindrome", half + half[::-1])
emit("12-large-random", "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(N)))
p = "".join(rng.choice("ab") for _ in range(N // 4))
emit("13-large-long-palindromic-prefix", p + p[::-1] + "".join(rng.choice("ab") for _ in range(N // 2)))
emit("14-large-almost-all-same", "a" * (N - 1) + "b")
J = 4 * MAX_N // 10
emit("15-max-quadratic-killer", "a" * J + "b" + "a" * (MAX_N - J - 1))
