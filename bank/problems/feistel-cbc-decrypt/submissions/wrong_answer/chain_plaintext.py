import sys

MASK = 0xFFFF


def main():
    # Bug: CBC chaining with the previous *plaintext* instead of the previous ciphertext.
    data = sys.stdin.buffer.read().split()
    r, n, iv = int(data[0]), int(data[1]), int(data[2])
    keys = [int(v) for v in data[3:3 + r]][::-1]
    cts = [int(v) for v in data[3 + r:3 + r + n]]
    out, prev = [], iv
    for c in cts:
        left, right = c >> 16, c & MASK
        for k in keys:
            t = right ^ ((((left ^ k) * 0x9E37) + ((left << 5 | left >> 11) & MASK)) & MASK)
            left, right = t, left
        p = ((left << 16) | right) ^ prev
        out.append(p)
        prev = p
    print(" ".join(map(str, out)))


main()
