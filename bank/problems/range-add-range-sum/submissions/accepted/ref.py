import sys

# Two Fenwick trees over the difference array d (d[i] = a[i] - a[i-1] of the
# added amounts):  prefix(i) = sum_{j<=i} a[j] = (i) * sum d[j] - sum d[j] * (j-1).
# B1 stores d[j], B2 stores d[j] * (j - 1); both are updated in one loop.


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    pre = [0] * (n + 1)
    s = 0
    for i in range(n):
        s += int(data[2 + i])
        pre[i + 1] = s
    B1 = [0] * (n + 1)
    B2 = [0] * (n + 1)
    out = []
    pos = 2 + n
    for _ in range(q):
        if data[pos] == b"1":
            l, r, x = int(data[pos + 1]), int(data[pos + 2]), int(data[pos + 3])
            pos += 4
            i, y = l, x * (l - 1)
            while i <= n:
                B1[i] += x
                B2[i] += y
                i += i & -i
            i, y = r + 1, x * r
            while i <= n:
                B1[i] -= x
                B2[i] -= y
                i += i & -i
        else:
            l, r = int(data[pos + 1]), int(data[pos + 2])
            pos += 3
            s1 = s2 = 0
            i = r
            while i:
                s1 += B1[i]
                s2 += B2[i]
                i -= i & -i
            total = pre[r] + s1 * r - s2
            s1 = s2 = 0
            i = l - 1
            while i:
                s1 += B1[i]
                s2 += B2[i]
                i -= i & -i
            out.append(total - pre[l - 1] - s1 * (l - 1) + s2)
    sys.stdout.write("\n".join(map(str, out)) + ("\n" if out else ""))


main()
