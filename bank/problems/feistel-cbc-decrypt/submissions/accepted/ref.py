import sys

MASK = 0xFFFF


def main():
    data = sys.stdin.buffer.read().split()
    r, n, iv = int(data[0]), int(data[1]), int(data[2])
    keys = [int(v) for v in data[3:3 + r]]
    cts = [int(v) for v in data[3 + r:3 + r + n]]
    rev = keys[::-1]
    out = []
    prev = iv
    for c in cts:
        left, right = c >> 16, c & MASK
        # Undo the rounds in reverse order: (L, R) came from (R ^ F(L, K), L).
        for k in rev:
            t = right ^ ((((left ^ k) * 0x9E37) + ((left << 5 | left >> 11) & MASK)) & MASK)
            left, right = t, left
        out.append(((left << 16) | right) ^ prev)
        prev = c
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
