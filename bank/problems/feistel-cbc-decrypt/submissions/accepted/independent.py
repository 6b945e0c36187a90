"""Independent solution written from the statement alone: invert each Feistel round (L = R' xor F(L', K), R = L') with keys in reverse order, then XOR with the previous ciphertext block (CBC); O(n r)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    r, n, iv = int(data[0]), int(data[1]), int(data[2])
    keys = [int(t) for t in data[3:3 + r]]
    cs = [int(t) for t in data[3 + r:3 + r + n]]
    rkeys = keys[::-1]
    M = 0xFFFF
    out = []
    prev = iv
    for c in cs:
        L = c >> 16
        R = c & M
        # forward round: (L, R) -> (R, L ^ F(R, K)); undo it
        for k in rkeys:
            # previous R is current L; previous L is current R ^ F(current L, k)
            x = L
            f = (((x ^ k) * 40503) + (((x << 5) | (x >> 11)) & M)) & M
            L, R = R ^ f, x
        out.append(((L << 16) | R) ^ prev)
        prev = c
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
