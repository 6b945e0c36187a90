"""Hidden tests for pattern-occurrences: overlaps, borders, periodic strings, max size."""
import json
import random

rng = random.Random(4242)
N = 200000


def emit(name, text, pattern):
    print(json.dumps({"name": name, "input": json.dumps([text, pattern])}))


def rand_str(n, alphabet="ab"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def fib(n):
    a, b = "b", "a"
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


emit("01-single-char-match", "a", "a")
emit("02-single-char-miss", "a", "b")
emit("03-equal", "abcabc", "abcabc")
emit("04-pattern-longer", "aaaa", "aaaaa")
emit("05-all-overlapping", "aaaaaa", "aa")
emit("06-match-at-end", "xyzabc", "abc")
emit("07-reset-trap", "aab", "ab")
emit("08-border-trap", "aabaabaaab", "aabaaab")
for k in range(8):
    n = rng.randint(1, 30)
    text = rand_str(n, "ab" if k % 2 else "abc")
    if k < 4 and n > 1:
        i = rng.randrange(n)
        pattern = text[i:rng.randint(i + 1, n)]
    else:
        pattern = rand_str(rng.randint(1, 4), "ab")
    emit("09-small-random-%d" % k, text, pattern)
emit("10-max-all-a", "a" * N, "a" * (N // 2))
emit("11-max-almost-period", "a" * N, "a" * (N // 2 - 1) + "b")
emit("12-max-single-char-pattern", rand_str(N, "ab"), "b")
emit("13-max-fibonacci", fib(N), fib(2000))
t = rand_str(N, "ab")
emit("14-max-random-binary", t, t[5000:5020])
block = "abcab" * 20
emit("15-max-periodic", (block * (N // len(block) + 1))[:N], block * 300 + "abcab")
t = rand_str(N - 7, "xyz") + "pattern"
emit("16-max-long-pattern-at-end", t, t[N // 2:])
