import sys


def main():
    a, b = sys.stdin.read().split()
    sys.setrecursionlimit(10000)

    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y

    s = go(0, 0)
    print(len(s))
    print(s)


main()
