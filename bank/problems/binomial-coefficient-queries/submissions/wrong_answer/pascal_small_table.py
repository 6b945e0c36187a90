import sys

# Mistake: Pascal's triangle only up to n = 2000 (enough for the sample-sized
# cases), and 0 for anything larger.
MOD = 10 ** 9 + 7
N = 2000


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    rows = [[1]]
    for n in range(1, N + 1):
        prev = rows[-1]
        rows.append([1] + [(prev[i - 1] + prev[i]) % MOD for i in range(1, n)] + [1])
    out = []
    for i in range(q):
        n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        out.append(rows[n][k] if n <= N and k <= n else 0)
    print("\n".join(map(str, out)))


main()
