"""Hidden tests for find-substring-index: empty strings, shift-table traps, max-size worst cases."""
import json
import random

rng = random.Random(31337)
N = 200000
PRINTABLE = "".join(chr(c) for c in range(32, 127))


def emit(name, text, pattern):
    print(json.dumps({"name": name, "input": json.dumps([text, pattern])}))


def rand_str(n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


emit("01-both-empty", "", "")
emit("02-empty-pattern", "abc", "")
emit("03-empty-text", "", "a")
emit("04-equal", "needle", "needle")
emit("05-longer-pattern", "abc", "abcd")
emit("06-only-at-end", "xxxxabc", "abc")
emit("07-first-table-trap", "aaabaabaabbbba", "bbba")
emit("08-punctuation", 'say "hi" \\ {x: 1}', '\\ {x')
emit("09-spaces", "a  b   c", "   ")
for k in range(12):
    alpha = ["ab", "abc", "xyz ", PRINTABLE][k % 4]
    text = rand_str(rng.randint(1, 40), alpha)
    if k % 3 == 0:
        i = rng.randrange(len(text))
        pattern = text[i:rng.randint(i + 1, len(text))]
    else:
        pattern = rand_str(rng.randint(1, 4), alpha)
    emit("10-small-random-%02d" % k, text, pattern)
half = N // 2
emit("11-max-near-miss-right", "a" * N, "a" * (half - 1) + "b")
emit("12-max-near-miss-left", "a" * N, "b" + "a" * (half - 1))
emit("13-max-match-at-end", "a" * (N - half) + "a" * (half - 1) + "b", "a" * (half - 1) + "b")
t = rand_str(N, PRINTABLE)
emit("14-max-printable-at-end", t, t[-1000:])
t = rand_str(N, "ab")
emit("15-max-binary-absent", t, "ab" * 20 + "bb" + "ab" * 20 + "aaa")
emit("16-max-periodic", "abc" * (N // 3), "abc" * 20000 + "abd")
