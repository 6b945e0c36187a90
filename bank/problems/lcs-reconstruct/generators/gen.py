"""Hidden tests for lcs-reconstruct."""
import json
import random

R = random.Random(4242)
N = 1000
ABC = "abcdefghijklmnopqrstuvwxyz"


def rnd(n, alpha):
    return "".join(R.choice(alpha) for _ in range(n))


def emit(name, a, b):
    assert 1 <= len(a) <= N and 1 <= len(b) <= N and a.isalpha() and a.islower() and b.islower()
    print(json.dumps({"name": name, "input": a + "\n" + b + "\n"}))


emit("01-single-equal", "q", "q")
emit("02-single-different", "q", "p")
emit("03-identical", "palindrome", "palindrome")
emit("04-no-common", "aaaa", "bbbbbb")
emit("05-greedy-trap", "zaaaa", "aaaaz")
emit("06-not-palindromic", "abcde", "abxcd")          # reversed output 'dcba' is not a subsequence
emit("07-reverse", "abcdefgh", "hgfedcba")
emit("08-small-random", rnd(40, "abc"), rnd(35, "abc"))
emit("09-small-random-2", rnd(200, "abcd"), rnd(180, "abcd"))
a = rnd(N, ABC)
emit("10-max-planted", a, "".join(c for c in a if R.random() < 0.7))
emit("11-max-binary", rnd(N, "ab"), rnd(N, "ab"))
emit("12-max-alpha26", rnd(N, ABC), rnd(N, ABC))
emit("13-max-disjoint", rnd(N, "abcdefghijklm"), rnd(N, "nopqrstuvwxyz"))
emit("14-max-one-letter", "a" * N, "a" * (N - 1) + "b")
emit("15-max-vs-short", rnd(N, "xyz"), "zyx")
