"""Independent solution written from the statement alone: two Fenwick trees (range add / range sum via prefix(i) = (i)*sum B1 - sum B2), O((n+q) log n)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    q = int(data[1])
    a = data[2:2 + n]
    # prefix sums of the initial array
    pre = [0] * (n + 1)
    s = 0
    for i in range(n):
        s += int(a[i])
        pre[i + 1] = s
    b1 = [0] * (n + 1)
    b2 = [0] * (n + 1)

    def add(tree, i, v):
        while i <= n:
            tree[i] += v
            i += i & -i

    def prefix(i):
        # sum of a[1..i] added by updates
        s1 = 0
        s2 = 0
        j = i
        while j > 0:
            s1 += b1[j]
            s2 += b2[j]
            j -= j & -j
        return s1 * i - s2

    out = []
    p = 2 + n
    for _ in range(q):
        t = data[p]
        if t == b"1":
            l = int(data[p + 1])
            r = int(data[p + 2])
            x = int(data[p + 3])
            p += 4
            add(b1, l, x)
            add(b1, r + 1, -x)
            add(b2, l, x * (l - 1))
            add(b2, r + 1, -x * r)
        else:
            l = int(data[p + 1])
            r = int(data[p + 2])
            p += 3
            out.append(pre[r] - pre[l - 1] + prefix(r) - prefix(l - 1))
    sys.stdout.write("\n".join(map(str, out)) + ("\n" if out else ""))


main()
