import sys


def main():
    data = sys.stdin.read().split()
    a, b = data[0], data[1]
    n, m = len(a), len(b)
    rows = [[0] * (m + 1)]
    for ai in a:
        prev = rows[-1]
        cur = [0] * (m + 1)
        left = 0
        for j, bj in enumerate(b):
            if ai == bj:
                left = prev[j] + 1
            else:
                up = prev[j + 1]
                if up > left:
                    left = up
            cur[j + 1] = left
        rows.append(cur)
    out = []
    i, j = n, m
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif rows[i - 1][j] >= rows[i][j - 1]:
            i -= 1
        else:
            j -= 1
    out.reverse()
    sys.stdout.write("%d\n%s\n" % (rows[n][m], "".join(out)))


main()
