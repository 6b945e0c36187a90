"""Independent solution written from the statement alone: classic O(|A||B|) LCS table built row by row, then backtrack from the bottom-right corner to recover one LCS."""
import sys


def main():
    data = sys.stdin.read().split()
    A = data[0] if data else ""
    B = data[1] if len(data) > 1 else ""
    n, m = len(A), len(B)
    rows = [[0] * (m + 1)]
    prev = rows[0]
    rng = range(m)
    for i in range(n):
        a = A[i]
        cur = [0] * (m + 1)
        left = 0
        for j in rng:
            if B[j] == a:
                left = prev[j] + 1
            else:
                up = prev[j + 1]
                if up > left:
                    left = up
            cur[j + 1] = left
        rows.append(cur)
        prev = cur
    L = rows[n][m]
    out = []
    i, j = n, m
    while i > 0 and j > 0:
        if A[i - 1] == B[j - 1]:
            out.append(A[i - 1])
            i -= 1
            j -= 1
        elif rows[i - 1][j] >= rows[i][j - 1]:
            i -= 1
        else:
            j -= 1
    out.reverse()
    s = "".join(out)
    assert len(s) == L
    sys.stdout.write(f"{L}\n{s}\n")


main()
