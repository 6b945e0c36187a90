import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    best = [0] * (cap + 1)            # best[c] = max value with total weight <= c (items so far)
    for k in range(n):
        w, v = int(data[2 + 2 * k]), int(data[3 + 2 * k])
        if w > cap:
            continue
        # new best[c] = max(best[c], best[c - w] + v) for c >= w, computed from the OLD row
        best[w:] = [a if a >= b else b for a, b in zip(best[w:], map(v.__add__, best))]
    print(best[cap])


main()
