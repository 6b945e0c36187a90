import sys

MASK = 0xFFFF


def F(x, k):
    return (((x ^ k) * 0x9E37) + ((x << 5 | x >> 11) & MASK)) & MASK


def main():
    # Bug: reverses the key order but applies the *encryption* round (L, R) -> (R, L ^ F(R)),
    # forgetting that the halves must be swapped back when undoing a round.
    data = sys.stdin.buffer.read().split()
    r, n, iv = int(data[0]), int(data[1]), int(data[2])
    keys = [int(v) for v in data[3:3 + r]][::-1]
    cts = [int(v) for v in data[3 + r:3 + r + n]]
    out, prev = [], iv
    for c in cts:
        left, right = c >> 16, c & MASK
        for k in keys:
            left, right = right, left ^ F(right, k)
        out.append(((left << 16) | right) ^ prev)
        prev = c
    print(" ".join(map(str, out)))


main()
