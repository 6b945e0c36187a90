"""Hidden tests for longest-common-subsequence."""
import json
import random

R = random.Random(1001)
N = 1000
ABC = "abcdefghijklmnopqrstuvwxyz"


def rnd(n, alpha):
    return "".join(R.choice(alpha) for _ in range(n))


def emit(name, a, b):
    assert 1 <= len(a) <= N and 1 <= len(b) <= N and a.islower() and b.islower()
    print(json.dumps({"name": name, "input": json.dumps([a, b]) + "\n"}))


def subseq(s, k):
    idx = sorted(R.sample(range(len(s)), k))
    return "".join(s[i] for i in idx)


emit("01-single-equal", "z", "z")
emit("02-single-different", "a", "b")
emit("03-identical", "interview", "interview")
emit("04-no-common", "abcabcabc", "xyzzyx")
emit("05-one-inside-other", "axbyczd", "abcd")
emit("06-greedy-trap", "abcdefghij", "jabcdefghi")          # greedy from the first match of 'j' gets 1
emit("07-greedy-trap-2", "zaaaa", "aaaaz")
emit("08-substring-vs-subsequence", "axbxcxdxe", "abcde")
emit("09-reverse", "abcdefg", "gfedcba")
emit("10-small-random", rnd(30, "abc"), rnd(25, "abc"))
a = rnd(N, ABC)
emit("11-max-subsequence-planted", a, subseq(a, 700))
emit("12-max-binary", rnd(N, "ab"), rnd(N, "ab"))
emit("13-max-alpha26", rnd(N, ABC), rnd(N, ABC))
emit("14-max-identical", a, a)
emit("15-max-disjoint-alphabets", rnd(N, "abcdefghijklm"), rnd(N, "nopqrstuvwxyz"))
emit("16-max-periodic", ("abcdefgh" * 125), ("hgfedcbah" * 112)[:N])
emit("17-max-vs-short", rnd(N, "xyz"), rnd(3, "xyz"))
emit("18-max-uneven", rnd(N, "ab"), "ba" * 10)
