# Greedy: take every character of A that still occurs later in B.
import sys


def main():
    a, b = sys.stdin.read().split()
    j = 0
    out = []
    for c in a:
        k = b.find(c, j)
        if k != -1:
            out.append(c)
            j = k + 1
    print(len(out))
    print("".join(out))


main()
