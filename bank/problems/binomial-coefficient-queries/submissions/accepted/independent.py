"""Independent solution written from the statement alone: precompute factorials and inverse factorials mod 1e9+7 up to max n, answer each query in O(1)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    vals = list(map(int, data[1:1 + 2 * q]))
    MOD = 10 ** 9 + 7
    N = max(vals[0::2]) if q else 0
    fact = [1] * (N + 1)
    f = 1
    for i in range(1, N + 1):
        f = f * i % MOD
        fact[i] = f
    inv = [1] * (N + 1)
    g = pow(fact[N], MOD - 2, MOD)
    for i in range(N, 0, -1):
        inv[i] = g
        g = g * i % MOD
    inv[0] = g
    out = []
    for j in range(q):
        n = vals[2 * j]
        k = vals[2 * j + 1]
        if k > n:
            out.append(0)
        else:
            out.append(fact[n] * inv[k] % MOD * inv[n - k] % MOD)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
