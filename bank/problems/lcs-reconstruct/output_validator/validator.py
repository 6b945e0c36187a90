"""Accepts any longest common subsequence.

Kattis protocol: validator.py input answer feedback_dir < team_output; exit 42 = AC, 43 = WA.
"""
import os
import sys


def verdict(ok, msg, feedback_dir):
    with open(os.path.join(feedback_dir, "judgemessage.txt"), "w") as f:
        f.write(msg + "\n")
    sys.exit(42 if ok else 43)


def is_subsequence(s, t):
    it = iter(t)
    return all(c in it for c in s)


def main():
    input_file, answer_file, feedback_dir = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(input_file) as f:
        lines = f.read().split("\n")
    a, b = lines[0].strip(), lines[1].strip()
    with open(answer_file) as f:
        best = int(f.read().split()[0])
    tokens = sys.stdin.read(10 ** 6).split()
    if not tokens:
        verdict(False, "empty output", feedback_dir)
    try:
        claimed = int(tokens[0])
    except ValueError:
        verdict(False, "first token is not an integer", feedback_dir)
    if claimed != best:
        verdict(False, "length %d, expected %d" % (claimed, best), feedback_dir)
    s = tokens[1] if len(tokens) > 1 else ""
    if len(tokens) > 2:
        verdict(False, "extra output after the subsequence", feedback_dir)
    if len(s) != best:
        verdict(False, "subsequence has length %d, expected %d" % (len(s), best), feedback_dir)
    if not is_subsequence(s, a):
        verdict(False, "not a subsequence of A", feedback_dir)
    if not is_subsequence(s, b):
        verdict(False, "not a subsequence of B", feedback_dir)
    verdict(True, "ok", feedback_dir)


if __name__ == "__main__":
    main()
