import sys

# Naive: update every element, sum the slice. O(n) per operation.


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [0] + [int(x) for x in data[2:2 + n]]
    out = []
    pos = 2 + n
    for _ in range(q):
        if data[pos] == b"1":
            l, r, x = int(data[pos + 1]), int(data[pos + 2]), int(data[pos + 3])
            pos += 4
            for i in range(l, r + 1):
                a[i] += x
        else:
            l, r = int(data[pos + 1]), int(data[pos + 2])
            pos += 3
            out.append(sum(a[l:r + 1]))
    print("\n".join(map(str, out)))


main()
